/** A picture drawn at build time (scripts/pictures): SVG markup, fetched as a chunk of its own. */
type LazySvg = () => Promise<{ default: string }>;

declare module 'virtual:illustrations' {
  /** Each hand-drawn diagram in art/diagrams by name, with its size so the page can keep its space. */
  export const illustrations: Readonly<
    Record<string, { readonly width: number; readonly height: number; readonly load: LazySvg }>
  >;
}

declare module 'virtual:lesson-banners' {
  /** The banner of each lesson whose frontmatter names a picture, by lesson id. */
  export const lessonBanners: Readonly<Record<string, LazySvg>>;
}

declare module 'virtual:module-pictures' {
  /** The picture of each module whose module.yaml names one, by module id. */
  export const modulePictures: Readonly<Record<string, LazySvg>>;
}

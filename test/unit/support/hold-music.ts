/**
 * A small role-play that passes every check, with a loop that has a way out. The first customer
 * line, on line 9 of the text, is `firstLine`; the WOW answer in the first scene names an amount.
 */
export const holdMusic = (firstLine = 'Can you tell me my balance?') => `id: hold-music
title: Hold music
channel: phone
situation: A caller asks you to repeat something.
customer: { name: Ola Nowak, role: Caller, mood: worried }
start: question
scenes:
  - id: question
    customer: "${firstLine}"
    replies:
      - { id: mumble, text: "Mm, it's forty-ish, I think.", band: mediocrity, feedback: Unclear., next: pardon }
      - { id: answer, text: "It's {money:40}.", band: wow, feedback: Clear., next: follow-up }
  - id: pardon
    customer: "Sorry, I didn't catch that."
    replies:
      - { id: say-again, text: "Sorry, let me say that again.", band: mediocrity, feedback: A second chance., next: question }
      - { id: sigh, text: "I said forty.", band: misery, feedback: Impatient., next: cross }
  - id: follow-up
    customer: "And when is it due?"
    replies:
      - { id: on-the-first, text: "On the 1st; I'll text you a reminder.", band: wow, feedback: Goes further., next: wrap-up }
      - { id: check-online, text: "It's on your online account.", band: mediocrity, feedback: Sends them away., next: fine }
  - id: wrap-up
    customer: "That's great, thanks."
    replies:
      - { id: thanks-for-calling, text: "Thanks for calling, Ola.", band: wow, feedback: Personal., next: glad }
      - { id: bye, text: "Bye, then, have a good day.", band: mediocrity, feedback: Flat., next: fine }
endings:
  - { id: glad, band: wow, title: Glad, debrief: Glad. }
  - { id: fine, band: mediocrity, title: Fine, debrief: Fine. }
  - { id: cross, band: misery, title: Cross, debrief: Cross. }
`;

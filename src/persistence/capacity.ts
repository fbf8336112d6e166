/**
 * The fewest characters of saved progress any store keeps: SCORM 1.2's suspend_data, a
 * CMIString4096. Every adapter declares its own, larger or equal, capacity; what fits in this one
 * fits in all of them, so the reflection box can promise "saved" without knowing which store it has.
 */
export const SMALLEST_CAPACITY = 4096;

/**
 * Browser storage: browsers give an origin about 5 MB, shared with whatever else it keeps, so a
 * million characters is far more than the course needs and far less than the quota.
 */
export const BROWSER_STORAGE_CAPACITY = 1_000_000;

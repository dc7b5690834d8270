// One formatter for every count the dashboard shows ("1,870"). Number#toLocaleString builds a
// formatter on each call; the count line, the pager and Go to page format several per render.
const COUNT = new Intl.NumberFormat('en-US')

/** 1870 → "1,870" */
export const formatCount = (n: number): string => COUNT.format(n)

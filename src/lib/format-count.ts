// One formatter for every count the dashboard shows ("1,870"), always en-US like the rest of its
// wording. Number#toLocaleString builds a formatter on each call, and the count line, the pager
// and Go to page format several per render.
const COUNT = new Intl.NumberFormat('en-US')

/** 1870 → "1,870" */
export const formatCount = (n: number): string => COUNT.format(n)

// Numbers as a Dutch room writes them. "30.000" is thirty thousand (a dot groups thousands) and
// "0,5" is one half (a comma is the decimal sign); "0.5" and "30000" are read as written. Anything
// else is refused, so that "30.000" can never become 30 (issue 15). Returns a number, or null.
window.wijksimParseNumber = (text) => {
  const s = String(text).replace(/[\s€]/g, "");
  if (/^-?\d{1,3}(\.\d{3})+(,\d+)?$/.test(s)) return Number(s.replace(/\./g, "").replace(",", ".")); // 30.000 / 1.234,5
  if (/^-?\d+(,\d+)?$/.test(s)) return Number(s.replace(",", "."));                                      // 0,5 / 12
  if (/^-?\d*\.\d+$/.test(s)) return Number(s);                                                          // 0.5 / .5
  return null;
};

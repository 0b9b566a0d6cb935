// Package vntext normalises Vietnamese text for the parsers of vanban.
//
// Real input arrives in every shape: decomposed Unicode (NFD) from macOS and
// PDF extraction, no-break and zero-width spaces from web pages, upper case
// headings, and text typed without diacritics ("nghi dinh" for "Nghị định").
// The parsers compare words through a key that ignores all of that, and report
// what they find as byte offsets into the text the user gave them.
//
// # Forms
//
//   - [NFC] composes the text (Unicode Normalization Form C), the form the
//     formatters of vanban emit.
//   - [Spaces] folds every run of white space to one ASCII space, drops
//     zero-width characters and soft hyphens, and trims the ends.
//   - [Clean] is NFC followed by Spaces: the form to store and display.
//   - [Key] is the matching key: lower case, without diacritics, đ folded to
//     d, white space folded. "Nghị định", "NGHỊ ĐỊNH", "Nghi dinh" and the
//     NFD spelling of "nghị định" all have the key "nghi dinh".
//
// # Offsets
//
// [Fold] computes the key of a whole text together with a map from each byte
// of the key back to the original text, so an extractor can search the key
// and report spans in what the user gave it. [FoldRune] folds one rune, for
// scanners that fold only a window around a candidate.
package vntext

package directive

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/vanban-go/vanban/internal/vntext"
)

// Authority is the signing authority printed before a title in the signing
// block (thẩm quyền ký; Nghị định 30/2020/NĐ-CP Điều 13 and Phụ lục I, Phần
// I, mục II.7.b; Hướng dẫn 36-HD/VPTW, mục 1.7.1 for the Party forms). The
// zero value [Direct] is a head signing in his own name.
type Authority uint8

// The signing authorities.
const (
	// Direct is a head signing in his own name, with no prefix.
	Direct Authority = iota
	// TM is "TM." (thay mặt): on behalf of a collective, before its name.
	TM
	// KT is "KT." (ký thay): a deputy signing for the head, before the
	// head's title.
	KT
	// TL is "TL." (thừa lệnh): the head of an internal unit signing by
	// order of the head.
	TL
	// TUQ is "TUQ." (thừa ủy quyền): signing by a written, time-limited
	// authorisation of the head; it cannot be passed on.
	TUQ
	// Q is "Q." (quyền): an acting head.
	Q
	// PartyTM is the Party form "T/M" (thay mặt) of a committee, congress
	// or council.
	PartyTM
	// PartyKT is the Party form "K/T" (ký thay) of a deputy.
	PartyKT
	// PartyTL is the Party form "T/L" (thừa lệnh) of an office.
	PartyTL
)

var authorityNames = [...]string{"", "TM.", "KT.", "TL.", "TUQ.", "Q.", "T/M", "K/T", "T/L"}

// String returns the prefix as printed: "KT.", "T/M"; "" for [Direct] and
// "Authority(n)" for a value out of range.
func (a Authority) String() string {
	if int(a) < len(authorityNames) {
		return authorityNames[a]
	}
	return "Authority(" + strconv.Itoa(int(a)) + ")"
}

// IsParty reports whether a is one of the Party forms T/M, K/T, T/L.
func (a Authority) IsParty() bool { return a >= PartyTM && a <= PartyTL }

// State returns the state authority of the same meaning: KT for PartyKT.
// Other values are returned unchanged.
func (a Authority) State() Authority {
	switch a {
	case PartyTM:
		return TM
	case PartyKT:
		return KT
	case PartyTL:
		return TL
	}
	return a
}

// MarshalText returns the prefix without its period ("KT", "T/M"), or
// "" for Direct.
func (a Authority) MarshalText() ([]byte, error) {
	if int(a) >= len(authorityNames) {
		return nil, fmt.Errorf("directive: invalid Authority %d", int(a))
	}
	return []byte(strings.TrimSuffix(authorityNames[a], ".")), nil
}

// UnmarshalText reads a prefix in any of the spellings Parse accepts:
// "KT", "KT.", "k/t", "T/M".
func (a *Authority) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*a = Direct
		return nil
	}
	v, n := readAuthority(string(b))
	if n == 0 || n != len(strings.TrimRight(string(b), " ")) {
		return &ParseError{Input: string(b), Err: ErrSyntax, Msg: "not a signing authority"}
	}
	*a = v
	return nil
}

// readAuthority reads a signing authority at the start of s and returns it
// with the number of bytes it takes, including its period and the white
// space after it; n is 0 when s does not start with one. The authority must
// be followed by white space, the end of s, or an upper-case letter glued to
// its period ("KT.CHỦ TỊCH").
func readAuthority(s string) (Authority, int) {
	// Every form starts with an ASCII T, K or Q; strings.EqualFold folds
	// no other byte to them (the Kelvin sign takes three bytes to K's
	// one), so any other first byte rules all forms out.
	if s == "" {
		return Direct, 0
	}
	if c := s[0] | 0x20; c != 't' && c != 'k' && c != 'q' {
		return Direct, 0
	}
	// Longest forms first.
	type form struct {
		text string
		a    Authority
		dot  bool // the form ends in its own period
	}
	forms := [...]form{
		{"TUQ", TUQ, false}, {"T/M", PartyTM, true}, {"K/T", PartyKT, true}, {"T/L", PartyTL, true},
		{"T.M", TM, true}, {"K.T", KT, true}, {"T.L", TL, true},
		{"TM", TM, false}, {"KT", KT, false}, {"TL", TL, false}, {"Q", Q, false},
	}
	for _, f := range forms {
		if len(s) < len(f.text) || !strings.EqualFold(s[:len(f.text)], f.text) {
			continue
		}
		i := len(f.text)
		dot := false
		if i < len(s) && s[i] == '.' {
			i++
			dot = true
		}
		if i == len(s) {
			return f.a, i
		}
		j := i
		for j < len(s) && (s[j] == ' ' || s[j] == '\t') {
			j++
		}
		if j > i {
			return f.a, j
		}
		// Glued to the title: only after a period, and only before a
		// capital letter ("KT.CHỦ TỊCH").
		if (dot || f.dot) && startsUpper(s[i:]) {
			return f.a, i
		}
	}
	return Direct, 0
}

// Urgency is the urgency stamp (mức độ khẩn) of Phụ lục I, Phần I, mục
// III.2; the zero value [Normal] is no stamp.
type Urgency uint8

// The urgency levels, in rising order.
const (
	// Normal is a document without an urgency stamp (thường).
	Normal Urgency = iota
	// Khan is "KHẨN" (urgent).
	Khan
	// ThuongKhan is "THƯỢNG KHẨN" (very urgent).
	ThuongKhan
	// HoaToc is "HỎA TỐC" (immediate).
	HoaToc
)

var urgencyNames = [...]string{"", "KHẨN", "THƯỢNG KHẨN", "HỎA TỐC"}

// String returns the stamp as printed ("THƯỢNG KHẨN"), "" for Normal and
// "Urgency(n)" for a value out of range.
func (u Urgency) String() string {
	if int(u) < len(urgencyNames) {
		return urgencyNames[u]
	}
	return "Urgency(" + strconv.Itoa(int(u)) + ")"
}

// MarshalText returns the stamp as printed, "" for Normal.
func (u Urgency) MarshalText() ([]byte, error) {
	if int(u) >= len(urgencyNames) {
		return nil, fmt.Errorf("directive: invalid Urgency %d", int(u))
	}
	return []byte(urgencyNames[u]), nil
}

// UnmarshalText reads a stamp in any case, with or without diacritics.
func (u *Urgency) UnmarshalText(b []byte) error {
	k := vntext.Key(string(b))
	for i, n := range urgencyNames {
		if vntext.Key(n) == k {
			*u = Urgency(i)
			return nil
		}
	}
	return &ParseError{Input: string(b), Err: ErrSyntax, Msg: "not an urgency stamp"}
}

// Secrecy is the secrecy stamp (độ mật) of Phụ lục I, Phần I, mục III.2;
// the zero value [Public] is no stamp.
type Secrecy uint8

// The secrecy levels, in rising order.
const (
	// Public is a document without a secrecy stamp.
	Public Secrecy = iota
	// Mat is "MẬT" (confidential).
	Mat
	// ToiMat is "TỐI MẬT" (secret).
	ToiMat
	// TuyetMat is "TUYỆT MẬT" (top secret).
	TuyetMat
)

var secrecyNames = [...]string{"", "MẬT", "TỐI MẬT", "TUYỆT MẬT"}

// String returns the stamp as printed ("TỐI MẬT"), "" for Public and
// "Secrecy(n)" for a value out of range.
func (s Secrecy) String() string {
	if int(s) < len(secrecyNames) {
		return secrecyNames[s]
	}
	return "Secrecy(" + strconv.Itoa(int(s)) + ")"
}

// MarshalText returns the stamp as printed, "" for Public.
func (s Secrecy) MarshalText() ([]byte, error) {
	if int(s) >= len(secrecyNames) {
		return nil, fmt.Errorf("directive: invalid Secrecy %d", int(s))
	}
	return []byte(secrecyNames[s]), nil
}

// UnmarshalText reads a stamp in any case, with or without diacritics.
func (s *Secrecy) UnmarshalText(b []byte) error {
	k := vntext.Key(string(b))
	for i, n := range secrecyNames {
		if vntext.Key(n) == k {
			*s = Secrecy(i)
			return nil
		}
	}
	return &ParseError{Input: string(b), Err: ErrSyntax, Msg: "not a secrecy stamp"}
}

// Handling is a stamp that limits how a document circulates (phạm vi lưu
// hành) or calls it back (Phụ lục I, Phần I, mục III.2, ô số 11).
type Handling uint8

// The handling stamps.
const (
	// ReturnAfterReading is "XEM XONG TRẢ LẠI".
	ReturnAfterReading Handling = iota + 1
	// InternalOnly is "LƯU HÀNH NỘI BỘ".
	InternalOnly
	// Recall is "TÀI LIỆU THU HỒI".
	Recall
)

var handlingNames = [...]string{"", "XEM XONG TRẢ LẠI", "LƯU HÀNH NỘI BỘ", "TÀI LIỆU THU HỒI"}

// String returns the stamp as printed, or "Handling(n)" for a value out of
// range.
func (h Handling) String() string {
	if h > 0 && int(h) < len(handlingNames) {
		return handlingNames[h]
	}
	return "Handling(" + strconv.Itoa(int(h)) + ")"
}

// MarshalText returns the stamp as printed.
func (h Handling) MarshalText() ([]byte, error) {
	if h == 0 || int(h) >= len(handlingNames) {
		return nil, fmt.Errorf("directive: invalid Handling %d", int(h))
	}
	return []byte(handlingNames[h]), nil
}

// UnmarshalText reads a stamp in any case, with or without diacritics.
func (h *Handling) UnmarshalText(b []byte) error {
	k := vntext.Key(string(b))
	for i := 1; i < len(handlingNames); i++ {
		if vntext.Key(handlingNames[i]) == k {
			*h = Handling(i)
			return nil
		}
	}
	return &ParseError{Input: string(b), Err: ErrSyntax, Msg: "not a handling stamp"}
}

package unit

import "strconv"

// Kind is what sort of body a unit is. The zero value, [Unknown], is not a
// valid kind for a unit in a hierarchy.
type Kind uint8

// The kinds of unit. The comments give the Vietnamese terms.
const (
	Unknown           Kind = iota // not set
	Government                    // Chính phủ
	Ministry                      // bộ, cơ quan ngang bộ (Văn phòng Chính phủ is one)
	Agency                        // cơ quan thuộc Chính phủ and other central agencies
	Province                      // tỉnh, thành phố trực thuộc trung ương as a whole: the root of its bodies
	ProvinceCommittee             // Ủy ban nhân dân tỉnh, thành phố trực thuộc trung ương
	Council                       // Hội đồng nhân dân (any level) and its Thường trực
	Department                    // sở: a specialised body of the UBND tỉnh
	Inspectorate                  // Thanh tra tỉnh
	Office                        // Văn phòng Ủy ban nhân dân
	Board                         // ban under the UBND tỉnh: Ban Dân tộc, Ban Quản lý khu kinh tế
	Branch                        // ngành: a centrally managed body in the province (Công an tỉnh, Cục Thuế, …)
	ServiceUnit                   // đơn vị sự nghiệp: Đài Phát thanh – Truyền hình, schools, …
	DistrictCommittee             // Ủy ban nhân dân huyện, quận, thị xã, thành phố thuộc tỉnh
	CommuneCommittee              // Ủy ban nhân dân xã, phường, thị trấn, đặc khu
	PartyCommittee                // cấp ủy: Tỉnh ủy, Thành ủy, Huyện ủy, Đảng ủy
	PartyBody                     // a body of a Party committee: Thường trực, ban, văn phòng
	Front                         // Ủy ban Mặt trận Tổ quốc Việt Nam
	MassOrganisation              // đoàn thể: Đoàn Thanh niên, Hội Liên hiệp Phụ nữ, Hội Nông dân, …
	Association                   // hội and other organisations outside the state
	Leader                        // a post: Chủ tịch, the Phó Chủ tịch, Thủ tướng, lãnh đạo văn phòng
	Internal                      // an internal division: vụ, phòng, chuyên viên, văn thư
	numKinds
)

var kindNames = [numKinds]string{
	Unknown:           "unknown",
	Government:        "government",
	Ministry:          "ministry",
	Agency:            "agency",
	Province:          "province",
	ProvinceCommittee: "province-committee",
	Council:           "council",
	Department:        "department",
	Inspectorate:      "inspectorate",
	Office:            "office",
	Board:             "board",
	Branch:            "branch",
	ServiceUnit:       "service-unit",
	DistrictCommittee: "district-committee",
	CommuneCommittee:  "commune-committee",
	PartyCommittee:    "party-committee",
	PartyBody:         "party-body",
	Front:             "front",
	MassOrganisation:  "mass-organisation",
	Association:       "association",
	Leader:            "leader",
	Internal:          "internal",
}

// String returns the kind's name as written in JSON ("department",
// "district-committee"), or "Kind(n)" for a value outside the list.
func (k Kind) String() string {
	if k < numKinds {
		return kindNames[k]
	}
	return "Kind(" + strconv.Itoa(int(k)) + ")"
}

// MarshalText returns the kind's name; it fails for a value outside the list.
func (k Kind) MarshalText() ([]byte, error) {
	if k >= numKinds {
		return nil, &Error{Op: "Kind.MarshalText", Input: k.String(), Err: ErrInvalid}
	}
	return []byte(kindNames[k]), nil
}

// UnmarshalText reads a kind's name as [Kind.String] writes it.
func (k *Kind) UnmarshalText(b []byte) error {
	for i, n := range kindNames {
		if n == string(b) {
			*k = Kind(i)
			return nil
		}
	}
	return &Error{Op: "Kind.UnmarshalText", Input: string(b), Err: ErrInvalid}
}

// level is the level a unit of kind k stands at, or NoLevel when the kind
// says nothing about it (a council, a Party committee, a post).
func (k Kind) level() Level {
	switch k {
	case Government, Ministry, Agency:
		return Central
	case Province, ProvinceCommittee, Department, Inspectorate, Office, Board, Branch:
		return ProvinceLevel
	case DistrictCommittee:
		return DistrictLevel
	case CommuneCommittee:
		return CommuneLevel
	}
	return NoLevel
}

// Level is the tier of the state a unit belongs to (cấp).
type Level uint8

// The levels. Before 1 July 2025 local government had three levels; from
// that day it has two, cấp tỉnh and cấp xã (Nghị quyết 203/2025/QH15, Luật
// Tổ chức chính quyền địa phương 72/2025/QH15).
const (
	NoLevel       Level = iota // not known
	Central                    // trung ương
	ProvinceLevel              // cấp tỉnh
	DistrictLevel              // cấp huyện (until 30 June 2025)
	CommuneLevel               // cấp xã
	numLevels
)

var levelNames = [numLevels]string{"", "central", "province", "district", "commune"}

// String returns the level's name as written in JSON ("province"), "" for
// NoLevel, or "Level(n)" for a value outside the list.
func (l Level) String() string {
	if l < numLevels {
		return levelNames[l]
	}
	return "Level(" + strconv.Itoa(int(l)) + ")"
}

// MarshalText returns the level's name; it fails for a value outside the list.
func (l Level) MarshalText() ([]byte, error) {
	if l >= numLevels {
		return nil, &Error{Op: "Level.MarshalText", Input: l.String(), Err: ErrInvalid}
	}
	return []byte(levelNames[l]), nil
}

// UnmarshalText reads a level's name as [Level.String] writes it.
func (l *Level) UnmarshalText(b []byte) error {
	for i, n := range levelNames {
		if n == string(b) {
			*l = Level(i)
			return nil
		}
	}
	return &Error{Op: "Level.UnmarshalText", Input: string(b), Err: ErrInvalid}
}

package unit

import (
	"slices"

	"github.com/rickb777/date/v2"
)

// The built-in recipient groups. [Hierarchy.Resolve] recognises the phrases
// of each in their usual spellings; [Data.Groups] may redefine who belongs.
const (
	// GroupDepartments is "các sở, ban, ngành cấp tỉnh" ("Sở, ban, ngành
	// tỉnh", "các sở, ngành"): by default the departments, the Thanh tra
	// tỉnh, the Văn phòng UBND and the boards directly under the UBND tỉnh.
	// The phrase is not defined by law; whether the centrally managed
	// branches (Công an tỉnh, Cục Thuế, …, kind [Branch]) belong varies by
	// province, so they are left out unless the hierarchy's data adds
	// Branch to the group's kinds or names them in Include.
	GroupDepartments = "departments"
	// GroupDistricts is "UBND các huyện, thị xã, thành phố" ("Ủy ban nhân dân
	// các huyện, thành phố", "Chủ tịch UBND huyện, thị xã, thành phố"): every
	// district-level People's Committee of the province. It has no members
	// from 1 July 2025, when the district level ended.
	GroupDistricts = "districts"
	// GroupCommunes is "UBND các xã, phường, thị trấn" and, from 1 July 2025,
	// "UBND các xã, phường, đặc khu": the commune-level People's Committees
	// under the issuer (of the district when a district issues).
	GroupCommunes = "communes"
	// GroupAllLevels is "UBND các cấp": every People's Committee below the
	// issuer. Entries resolved through it are flagged AllLevels.
	GroupAllLevels = "all-levels"
	// GroupProvinces is "UBND các tỉnh, thành phố trực thuộc trung ương".
	GroupProvinces = "provinces"
	// GroupMinistries is "các bộ, cơ quan ngang bộ".
	GroupMinistries = "ministries"
	// GroupAgencies is "các cơ quan thuộc Chính phủ" (and the "ngành" of
	// "các bộ, ngành").
	GroupAgencies = "agencies"
	// GroupMassOrganisations is "các đoàn thể (tỉnh)": the socio-political
	// organisations of the province.
	GroupMassOrganisations = "mass-organisations"
)

// Group says who belongs to a recipient group. Membership is computed for
// an issuing unit and a day: find the anchor, the nearest unit whose kind is
// in Anchor, looking at the issuer, then each of its ancestors and that
// ancestor's children; the members are the anchor's descendants that exist
// on the day, are of a kind in Kinds and (if Level is set) at that level,
// plus Include, minus Exclude, in the order of the hierarchy's data.
type Group struct {
	// ID names the group: one of the Group… constants to redefine a built-in
	// group, or a new name for a group of the hierarchy's own.
	ID string `json:"id"`
	// Name is the group's usual phrase, for display.
	Name string `json:"name,omitempty"`
	// Anchor lists the kinds of unit the group is relative to.
	Anchor []Kind `json:"anchor,omitempty"`
	// Kinds lists the kinds of unit that belong.
	Kinds []Kind `json:"kinds,omitempty"`
	// Level, if set, restricts the members to units at that level.
	Level Level `json:"level,omitempty"`
	// Include lists IDs of units that belong whatever their kind, while
	// they exist.
	Include []string `json:"include,omitempty"`
	// Exclude lists IDs of units that never belong.
	Exclude []string `json:"exclude,omitempty"`
	// Phrases lists further phrases that stand for the group in documents,
	// matched as unit names are. The built-in groups' usual phrases are
	// recognised without being listed.
	Phrases []string `json:"phrases,omitempty"`
}

// defaultGroups are the built-in groups as a hierarchy without a "groups"
// entry sees them. The bodies of the UBND tỉnh are those of Nghị định
// 24/2014/NĐ-CP as amended by Nghị định 107/2020/NĐ-CP (and, from 2025,
// Nghị định 45/2025/NĐ-CP and 150/2025/NĐ-CP). No law defines "các sở, ban,
// ngành cấp tỉnh" or "UBND các cấp": the members chosen here (the
// specialised bodies and boards, without the centrally managed branches;
// every level below the issuer) are vanban's default, which a hierarchy can
// override.
var defaultGroups = []Group{
	{ID: GroupDepartments, Name: "các sở, ban, ngành cấp tỉnh",
		Anchor: []Kind{ProvinceCommittee}, Kinds: []Kind{Department, Inspectorate, Office, Board}, Level: ProvinceLevel},
	{ID: GroupDistricts, Name: "UBND các huyện, thị xã, thành phố",
		Anchor: []Kind{ProvinceCommittee}, Kinds: []Kind{DistrictCommittee}},
	{ID: GroupCommunes, Name: "UBND các xã, phường, thị trấn",
		Anchor: []Kind{DistrictCommittee, ProvinceCommittee}, Kinds: []Kind{CommuneCommittee}},
	{ID: GroupAllLevels, Name: "UBND các cấp",
		Anchor: []Kind{DistrictCommittee, ProvinceCommittee}, Kinds: []Kind{DistrictCommittee, CommuneCommittee}},
	{ID: GroupProvinces, Name: "UBND các tỉnh, thành phố trực thuộc trung ương",
		Anchor: []Kind{Government}, Kinds: []Kind{ProvinceCommittee}},
	{ID: GroupMinistries, Name: "các bộ, cơ quan ngang bộ",
		Anchor: []Kind{Government}, Kinds: []Kind{Ministry}},
	{ID: GroupAgencies, Name: "các cơ quan thuộc Chính phủ",
		Anchor: []Kind{Government}, Kinds: []Kind{Agency}},
	{ID: GroupMassOrganisations, Name: "các đoàn thể",
		Anchor: []Kind{Province}, Kinds: []Kind{MassOrganisation}},
}

// group is a Group compiled against a hierarchy.
type group struct {
	Group
	include, exclude []int32
}

// mergeGroup fills the fields g leaves empty from the built-in group of the
// same ID, if there is one.
func mergeGroup(g Group) Group {
	for _, d := range defaultGroups {
		if d.ID != g.ID {
			continue
		}
		if g.Name == "" {
			g.Name = d.Name
		}
		if len(g.Anchor) == 0 {
			g.Anchor = d.Anchor
		}
		if len(g.Kinds) == 0 {
			g.Kinds = d.Kinds
		}
		if g.Level == NoLevel {
			g.Level = d.Level
		}
	}
	return g
}

// anchor finds the unit a group is relative to for an issuer on day on, or
// -1.
func (h *Hierarchy) anchor(kinds []Kind, issuer int32, on date.Date) int32 {
	for cur := issuer; cur >= 0; cur = h.parent[cur] {
		if slices.Contains(kinds, h.units[cur].Kind) && h.units[cur].ExistsOn(on) {
			return cur
		}
		for _, c := range h.children[cur] {
			if slices.Contains(kinds, h.units[c].Kind) && h.units[c].ExistsOn(on) {
				return c
			}
		}
	}
	return -1
}

// members returns the anchor of g for the issuer and the members of g on
// day on, in data order.
func (h *Hierarchy) members(g *group, issuer int32, on date.Date) (int32, []int32) {
	a := h.anchor(g.Anchor, issuer, on)
	if a < 0 {
		return a, nil
	}
	var out []int32
	var walk func(int32)
	walk = func(p int32) {
		for _, c := range h.children[p] {
			u := &h.units[c]
			if u.ExistsOn(on) && slices.Contains(g.Kinds, u.Kind) && (g.Level == NoLevel || u.Level == g.Level) {
				out = append(out, c)
			}
			walk(c)
		}
	}
	walk(a)
	for _, i := range g.include {
		if h.units[i].ExistsOn(on) && !slices.Contains(out, i) {
			out = append(out, i)
		}
	}
	out = slices.DeleteFunc(out, func(i int32) bool { return slices.Contains(g.exclude, i) })
	slices.Sort(out)
	return a, out
}

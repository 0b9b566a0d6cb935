package directive

import (
	"errors"
	"os"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/rickb777/date/v2"

	"github.com/vanban-go/vanban/calendar"
	"github.com/vanban-go/vanban/directive/deadline"
	"github.com/vanban-go/vanban/directive/unit"
)

// hierarchy reads a hierarchy of testdata (copies of
// directive/unit/testdata, which copies examples/data).
func hierarchy(t testing.TB, name string) *unit.Hierarchy {
	t.Helper()
	b, err := os.ReadFile("testdata/" + name)
	if err != nil {
		t.Fatal(err)
	}
	h, err := unit.DecodeJSON(b)
	if err != nil {
		t.Fatal(err)
	}
	return h
}

// seedUnits are the 37 units of the seed's Kính gửi on 20/4/2021, in the
// order of kiengiang.json: "Các sở, ban, ngành cấp tỉnh" (22 provincial
// bodies; the centrally managed branches are not in the group) and "Ủy ban
// nhân dân các huyện, thành phố" (15 district-level units, thành phố Phú
// Quốc since 1/2/2021, Nghị quyết 1109/NQ-UBTVQH14).
var seedUnits = []string{
	"91/snv", "91/stp", "91/skhdt", "91/stc", "91/sct", "91/snnptnt", "91/sgtvt", "91/sxd", "91/stnmt", "91/stttt",
	"91/sldtbxh", "91/svhtt", "91/sdl", "91/skhcn", "91/sgddt", "91/syt", "91/ttr", "91/vp", "91/sngv", "91/bdt",
	"91/bqlkkt", "91/bqlkktpq",
	"899", "900", "902", "903", "904", "905", "906", "907", "908", "909", "910", "911", "912", "913", "914",
}

// TestResolveSeed: Công văn 491/UBND-KGVX resolved against the Kiên Giang
// hierarchy of April 2021 gives one entry per concrete unit of its Kính
// gửi, each with the four tasks (none names a unit, so each is every
// addressee's) and the report due Friday 19/11/2021 under the strict
// reading, Monday 22/11/2021 under the inclusive one (reporting.md §6 #1).
func TestResolveSeed(t *testing.T) {
	d := mustParse(t, readDoc(t, "491_UBND-KGVX.txt"))
	h := hierarchy(t, "kiengiang.json")
	for _, tt := range []struct {
		policy deadline.Policy
		due    date.Date
	}{
		{deadline.Strict, date.New(2021, 11, 19)},
		{deadline.Inclusive, date.New(2021, 11, 22)},
	} {
		r, err := d.Resolve(h, calendar.Default(), ResolveOptions{Policy: tt.policy})
		if err != nil {
			t.Fatal(err)
		}
		if r.Issuer != "91/ubnd" || r.Date != date.New(2021, 4, 20) || r.Policy != tt.policy {
			t.Errorf("issuer %s date %v policy %v", r.Issuer, r.Date, r.Policy)
		}
		if diff := cmp.Diff(seedUnits, r.Addressees.Units()); diff != "" {
			t.Errorf("Kính gửi (-want +got):\n%s", diff)
		}
		// Nơi nhận: "Như trên" (the 37), TT. TU, TT. HĐND tỉnh, UBMTTQVN
		// tỉnh, Ban Dân vận Tỉnh ủy, CT and các PCT. UBND tỉnh, LĐVP, CVNC.
		if n := len(r.CopyTo.Units()); n != 37+8 {
			t.Errorf("Nơi nhận: %d units, want 45", n)
		}
		if len(r.Unresolved) != 0 {
			t.Errorf("unresolved: %+v", r.Unresolved)
		}
		var ids []string
		for _, u := range r.Units {
			ids = append(ids, u.Unit)
			if len(u.Tasks) != 4 || len(u.Reports) != 1 {
				t.Errorf("%s: %d tasks, %d reports", u.Unit, len(u.Tasks), len(u.Reports))
				continue
			}
			for k, ut := range u.Tasks {
				if ut.Task != k || ut.Item != d.Tasks[k].Item || ut.Role != Responsible || !ut.Inherited || ut.Action == "" ||
					!strings.Contains(ut.Explanation, "không nêu đơn vị thực hiện: giao các đơn vị Kính gửi") || len(ut.Due) != 0 {
					t.Errorf("%s task %d: %+v", u.Unit, k, ut)
				}
			}
			rep := u.Reports[0]
			if rep.Due.Resolution.Due != tt.due || !rep.Due.Resolved() || rep.Due.Resolution.Explanation == "" ||
				!cmp.Equal(rep.To, []string{"91/ubnd"}) || !cmp.Equal(rep.Via, []string{"91/snv"}) ||
				rep.Subject != "kết quả thực hiện" || rep.Purpose != "để tổng hợp báo cáo Tỉnh ủy" ||
				!strings.Contains(rep.Explanation, "về Ủy ban nhân dân tỉnh Kiên Giang (qua Sở Nội vụ tỉnh Kiên Giang)") {
				t.Errorf("%s report: %+v", u.Unit, rep)
			}
		}
		if diff := cmp.Diff(seedUnits, ids); diff != "" {
			t.Errorf("units (-want +got):\n%s", diff)
		}
		if tt.policy == deadline.Strict {
			// 148 working days after 20/4/2021 (reporting.md §6 #1).
			res := r.Units[0].Reports[0].Due.Resolution
			if res.Workdays != 148 || !strings.Contains(res.Explanation, "148 ngày làm việc") {
				t.Errorf("workdays %d: %s", res.Workdays, res.Explanation)
			}
		}
		// "Ủy ban nhân dân các cấp" reaches the districts of Kính gửi only.
		if len(r.Notes) != 1 || !strings.Contains(r.Notes[0], "“Ủy ban nhân dân các cấp” gồm các cấp") {
			t.Errorf("notes %q", r.Notes)
		}
	}
}

// TestResolveCorpus resolves the other corpus documents against the small
// hierarchies of testdata.
func TestResolveCorpus(t *testing.T) {
	type unitWant struct {
		unit    string
		roles   []Role // of its tasks
		reports int
	}
	tests := []struct {
		file, data, issuer string
		units              int
		first              []unitWant // the first units
		unresolved         []string
	}{
		{
			// 454/UBND-NCTH: "Giao Giám đốc: Sở Văn hóa, Thể thao và Du
			// lịch, Sở Thông tin và Truyền thông, Đài Phát thanh - Truyền
			// hình Hậu Giang phối hợp với các sở, ban, ngành, đoàn thể tỉnh
			// và UBND huyện, thị xã, thành phố …": three responsible units;
			// the 21 other provincial bodies of the group, the 5 mass
			// organisations and the 7 district committees support.
			file: "454_UBND-NCTH.txt", data: "haugiang.json", units: 3 + 21 + 7,
			first: []unitWant{{"93/svhttdl", []Role{Responsible}, 0}, {"93/stttt", []Role{Responsible}, 0},
				{"93/dpth", []Role{Responsible}, 0}, {"930", []Role{Support}, 0}},
		},
		{
			// 7334/VPCP-KGVX: "Giao Bộ trưởng Bộ Nội vụ xem xét giải quyết
			// …"; the association's Ban Vận động of Nơi nhận is no unit of
			// the hierarchy.
			file: "7334_VPCP-KGVX.txt", data: "government.json", issuer: "vpcp", units: 1,
			first:      []unitWant{{"bnv", []Role{Responsible}, 0}},
			unresolved: []string{"Nơi nhận: BVĐ thành lập Hiệp hội VGDCMNVN"},
		},
		{
			// 2541/VPCP-QHQT: "BộCông Thương nghiên cứu giải quyết … và báo
			// cáo Thủ tướng Chính phủ": one task, one report without a
			// deadline.
			file: "2541_VPCP-QHQT.txt", data: "government.json", issuer: "vpcp", units: 1,
			first: []unitWant{{"bct", []Role{Responsible}, 1}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			d := mustParse(t, readDoc(t, tt.file))
			r, err := d.Resolve(hierarchy(t, tt.data), nil, ResolveOptions{Issuer: tt.issuer})
			if err != nil {
				t.Fatal(err)
			}
			if len(r.Units) != tt.units {
				t.Errorf("%d units, want %d", len(r.Units), tt.units)
			}
			for k, w := range tt.first {
				u := r.Units[k]
				var roles []Role
				for _, ut := range u.Tasks {
					roles = append(roles, ut.Role)
					if ut.Explanation == "" || ut.Inherited {
						t.Errorf("%s: %+v", u.Unit, ut)
					}
				}
				if u.Unit != w.unit || !cmp.Equal(roles, w.roles) || len(u.Reports) != w.reports {
					t.Errorf("unit %d: %s %v %d reports, want %+v", k, u.Unit, roles, len(u.Reports), w)
				}
			}
			var un []string
			for _, x := range r.Unresolved {
				un = append(un, x.Where+": "+x.Entry.Text)
				if x.Entry.Reason == "" {
					t.Errorf("%+v without a reason", x)
				}
			}
			if !cmp.Equal(un, tt.unresolved) {
				t.Errorf("unresolved %q, want %q", un, tt.unresolved)
			}
		})
	}
	// 2541: the report has no deadline, and says so.
	d := mustParse(t, readDoc(t, "2541_VPCP-QHQT.txt"))
	r, _ := d.Resolve(hierarchy(t, "government.json"), nil, ResolveOptions{Issuer: "vpcp"})
	rep := r.Units[0].Reports[0]
	if rep.Due.Resolved() || rep.Due.Reason != "không nêu hạn báo cáo" || !cmp.Equal(rep.To, []string{"cp/ttg"}) {
		t.Errorf("2541 report: %+v", rep)
	}
}

// TestResolveFallbacks: a report whose sentence names no unit is its
// item's units', and a task's deadline that counts from receipt needs
// ResolveOptions.Received. The seed's item 4 is given a lead, a support,
// and two reports (forms of reporting.md §3.2).
func TestResolveFallbacks(t *testing.T) {
	h := hierarchy(t, "kiengiang.json")
	text := strings.Replace(readDoc(t, "491_UBND-KGVX.txt"),
		"4. Đẩy mạnh phong trào", "4. Sở Nội vụ chủ trì, phối hợp với Sở Tài chính báo cáo Ủy ban nhân dân tỉnh "+
			"trong thời hạn 10 ngày làm việc kể từ ngày nhận được văn bản này. Báo cáo kết quả về Ủy ban nhân dân tỉnh "+
			"trước ngày 30/6/2021. Đẩy mạnh phong trào", 1)
	d := mustParse(t, text)
	task := d.Tasks[3]
	if len(task.Assignees) != 2 || task.Assignees[0].Role != Lead || task.Assignees[1].Role != Support || len(task.Deadlines) != 2 {
		t.Fatalf("task 4: %+v", task)
	}
	for _, tt := range []struct {
		received date.Date
		due      date.Date
		reason   string
	}{
		// 10 working days after Thursday 22/4/2021: 23, 26, 27, 28, 29/4,
		// 4, 5, 6, 7, 10/5 (30/4, 1/5 and the compensatory 3/5 are off).
		{date.New(2021, 4, 22), date.New(2021, 5, 10), ""},
		{0, 0, "needs event date"},
	} {
		r, err := d.Resolve(h, nil, ResolveOptions{Received: tt.received})
		if err != nil {
			t.Fatal(err)
		}
		snv := r.Units[0]
		if snv.Unit != "91/snv" || len(snv.Tasks) != 4 || snv.Tasks[3].Role != Lead || snv.Tasks[3].Inherited {
			t.Fatalf("Sở Nội vụ: %+v", snv)
		}
		due := snv.Tasks[3].Due[0]
		if due.Resolution.Due != tt.due || !strings.Contains(due.Reason, tt.reason) {
			t.Errorf("received %v: due %v reason %q", tt.received, due.Resolution.Due, due.Reason)
		}
		// Sở Tài chính supports item 4 and sends both its reports: the
		// first names Sở Nội vụ and Sở Tài chính, the second no unit, so
		// it is item 4's units'. Other departments have only the three
		// inherited tasks and the closing's report.
		for _, u := range r.Units {
			switch u.Unit {
			case "91/stc":
				if len(u.Tasks) != 4 || u.Tasks[3].Role != Support || len(u.Reports) != 3 ||
					!strings.Contains(u.Reports[0].Explanation, "“Sở Nội vụ”, “Sở Tài chính” báo cáo") ||
					!strings.Contains(u.Reports[1].Explanation, "các đơn vị thực hiện nhiệm vụ 4") ||
					u.Reports[1].Due.Resolution.Due != date.New(2021, 6, 29) {
					t.Errorf("Sở Tài chính: %+v", u)
				}
			case "91/syt":
				if len(u.Tasks) != 3 || len(u.Reports) != 1 {
					t.Errorf("Sở Y tế: %+v", u)
				}
			}
		}
	}
}

func TestResolveErrors(t *testing.T) {
	d := mustParse(t, readDoc(t, "491_UBND-KGVX.txt"))
	kg := hierarchy(t, "kiengiang.json")
	undated := d.Clone()
	undated.Ref.Date = 0
	for _, tt := range []struct {
		name string
		d    *Document
		h    *unit.Hierarchy
		opt  ResolveOptions
		also error
	}{
		{"nil hierarchy", d, nil, ResolveOptions{}, nil},
		{"no date", undated, kg, ResolveOptions{}, nil},
		{"issuer not in the hierarchy", d, hierarchy(t, "haugiang.json"), ResolveOptions{}, nil},
		{"unknown issuer ID", d, kg, ResolveOptions{Issuer: "nothing"}, unit.ErrUnknownUnit},
	} {
		_, err := tt.d.Resolve(tt.h, nil, tt.opt)
		var re *ResolveError
		if !errors.Is(err, ErrResolve) || !errors.As(err, &re) || !strings.HasPrefix(err.Error(), "directive: ") ||
			tt.also != nil && !errors.Is(err, tt.also) {
			t.Errorf("%s: %v", tt.name, err)
		}
	}
}

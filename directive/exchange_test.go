package directive

import (
	"encoding/json"
	"encoding/xml"
	"errors"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestMetadata maps the seed to the fields of Nghị định 30/2020/NĐ-CP Phụ
// lục VI, Phần II, mục 1 (văn bản đi).
func TestMetadata(t *testing.T) {
	d := mustParse(t, readDoc(t, "491_UBND-KGVX.txt"))
	m := d.Metadata()
	want := Metadata{
		TypeName:     "Công văn",
		CodeNumber:   "491",
		CodeNotation: "UBND-KGVX",
		IssuedDate:   mustDate("2021-04-20"),
		OrganName:    "ỦY BAN NHÂN DÂN TỈNH KIÊN GIANG",
		Subject:      "thực hiện một số nhiệm vụ tại Thông báo kết luận của Thường trực Tỉnh ủy tổng kết công tác dân vận của cấp ủy đảng năm 2020",
		Language:     "Tiếng Việt",
		SignerInfo:   SignerInfo{Position: "PHÓ CHỦ TỊCH", FullName: "Nguyễn Lưu Trung"},
		To: []Organ{{OrganName: "Các sở, ban, ngành cấp tỉnh"}, {OrganName: "Ủy ban nhân dân các huyện, thành phố"},
			{OrganName: "TT. TU, TT. HĐND tỉnh"}, {OrganName: "UBMTTQVN tỉnh"}, {OrganName: "Ban Dân vận Tỉnh ủy"},
			{OrganName: "CT, các PCT. UBND tỉnh"}, {OrganName: "LĐVP, CVNC"}},
		// The hạn xử lý is the due day, not the day named: "trước ngày
		// 20/11/2021" read strictly ends on Friday 19/11/2021, the due day
		// of TestResolveSeed (reporting.md §6 #1).
		DueDate: mustDate("2021-11-19"),
	}
	if diff := cmp.Diff(want, m); diff != "" {
		t.Errorf("Metadata (-want +got):\n%s", diff)
	}
	// JSON and XML under the decree's tag names, and back.
	js, err := json.Marshal(m)
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range []string{`"CodeNumber":"491"`, `"CodeNotation":"UBND-KGVX"`, `"IssuedDate":"2021-04-20"`, `"SignerInfo":{"Position":"PHÓ CHỦ TỊCH","FullName":"Nguyễn Lưu Trung"}`, `"Priority":0`} {
		if !strings.Contains(string(js), s) {
			t.Errorf("JSON lacks %s: %s", s, js)
		}
	}
	var back Metadata
	if err := json.Unmarshal(js, &back); err != nil || !cmp.Equal(m, back) {
		t.Errorf("JSON round trip: %v\n%s", err, cmp.Diff(m, back))
	}
	xs, err := xml.Marshal(m)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(xs), "<CodeNumber>491</CodeNumber><CodeNotation>UBND-KGVX</CodeNotation><IssuedDate>2021-04-20</IssuedDate>") {
		t.Errorf("XML: %s", xs)
	}
	var xback Metadata
	if err := xml.Unmarshal(xs, &xback); err != nil {
		t.Fatal(err)
	}
	xback.XMLName = m.XMLName
	if diff := cmp.Diff(m, xback); diff != "" {
		t.Errorf("XML round trip (-want +got):\n%s", diff)
	}
}

// TestMessageHeader maps the seed to an edXML message header (QCVN
// 102:2016/BTTTT; documents.md §4.3).
func TestMessageHeader(t *testing.T) {
	d := mustParse(t, readDoc(t, "qd_ubnd.txt"))
	h := d.MessageHeader("000.00.00.H35")
	if h.DocumentId != "000.00.00.H35,2022/01/08,05/QĐ-UBND" {
		t.Errorf("DocumentId = %q", h.DocumentId)
	}
	if h.DocumentType != (DocumentType{Type: 2, TypeName: "Quyết định"}) {
		t.Errorf("DocumentType = %+v", h.DocumentType)
	}
	if h.SignerInfo != (SignerInfo{Competence: "KT. CHỦ TỊCH", Position: "PHÓ CHỦ TỊCH", FullName: "Lê Văn Bình"}) {
		t.Errorf("SignerInfo = %+v", h.SignerInfo)
	}
	if h.OtherInfo.Priority != 3 { // HỎA TỐC
		t.Errorf("Priority = %d", h.OtherInfo.Priority)
	}
	xs, err := xml.Marshal(h)
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range []string{
		`<MessageHeader xmlns="http://www.mic.gov.vn/TBT/QCVN_102_2016">`,
		`<Code><CodeNumber>05</CodeNumber><CodeNotation>QĐ-UBND</CodeNotation></Code>`,
		`<PromulgationInfo><Place>Kiên Giang</Place><PromulgationDate>2022/01/08</PromulgationDate></PromulgationInfo>`,
		// "trước ngày 30/6/2022" (Điều 2) read strictly: Wednesday
		// 29/6/2022, a working day.
		`<DueDate>2022/06/29</DueDate>`,
		`<ToPlaces><Place>Như Điều 3</Place><Place>CT, các PCT UBND tỉnh</Place></ToPlaces>`,
	} {
		if !strings.Contains(string(xs), s) {
			t.Errorf("XML lacks %s:\n%s", s, xs)
		}
	}
	var back MessageHeader
	if err := xml.Unmarshal(xs, &back); err != nil {
		t.Fatal(err)
	}
	back.XMLName = h.XMLName
	if diff := cmp.Diff(h, back); diff != "" {
		t.Errorf("XML round trip (-want +got):\n%s", diff)
	}
	js, _ := json.Marshal(h)
	var jback MessageHeader
	if err := json.Unmarshal(js, &jback); err != nil {
		t.Fatal(err)
	}
	jback.XMLName = h.XMLName
	if diff := cmp.Diff(h, jback); diff != "" {
		t.Errorf("JSON round trip (-want +got):\n%s", diff)
	}
}

// TestDocumentJSON: a Document encodes to JSON under the documented names
// and decodes back to itself.
func TestDocumentJSON(t *testing.T) {
	for _, w := range corpusWants {
		t.Run(w.file, func(t *testing.T) {
			d := mustParse(t, readDoc(t, w.file))
			js, err := json.Marshal(d)
			if err != nil {
				t.Fatal(err)
			}
			var back Document
			if err := json.Unmarshal(js, &back); err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(d, &back); diff != "" {
				t.Errorf("JSON round trip (-want +got):\n%s", diff)
			}
		})
	}
	d := mustParse(t, readDoc(t, "491_UBND-KGVX.txt"))
	js, _ := json.Marshal(d)
	for _, s := range []string{`"style":"state"`, `"heading":"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"`,
		`"organ":"ỦY BAN NHÂN DÂN TỈNH KIÊN GIANG"`, `"place":"Kiên Giang"`, `"addressees":[{"text":"Các sở, ban, ngành cấp tỉnh"}`,
		`"signature":{"authority":"KT","for":"CHỦ TỊCH","title":"PHÓ CHỦ TỊCH","name":"Nguyễn Lưu Trung"}`,
		`"archive":{"units":["VT"],"typist":"nvthanh"}`, `"dueDate":"2021-11-20"`, `"marker":"1."`} {
		if !strings.Contains(string(js), s) {
			t.Errorf("JSON lacks %s", s)
		}
	}
}

func TestEnumStrings(t *testing.T) {
	tests := []struct{ got, want string }{
		{KT.String(), "KT."}, {TUQ.String(), "TUQ."}, {PartyTM.String(), "T/M"}, {Direct.String(), ""},
		{Authority(42).String(), "Authority(42)"},
		{HoaToc.String(), "HỎA TỐC"}, {Urgency(9).String(), "Urgency(9)"},
		{ToiMat.String(), "TỐI MẬT"}, {Secrecy(9).String(), "Secrecy(9)"},
		{InternalOnly.String(), "LƯU HÀNH NỘI BỘ"}, {Handling(0).String(), "Handling(0)"},
		{PartyStyle.String(), "party"}, {Style(7).String(), "Style(7)"},
		{Lead.String(), "lead"}, {Support.String(), "support"}, {Role(0).String(), ""}, {Role(9).String(), "Role(9)"},
	}
	for _, tt := range tests {
		if tt.got != tt.want {
			t.Errorf("got %q, want %q", tt.got, tt.want)
		}
	}
	for _, s := range []string{"KT", "KT.", "kt.", "K/T", "T/M", "TUQ."} {
		var a Authority
		if err := a.UnmarshalText([]byte(s)); err != nil || a == Direct {
			t.Errorf("UnmarshalText(%q) = %v, %v", s, a, err)
		}
	}
	var a Authority
	if err := a.UnmarshalText([]byte("XYZ")); err == nil {
		t.Error("UnmarshalText(XYZ) succeeded")
	}
	for _, r := range []Role{0, Responsible, Lead, Support} {
		b, err := r.MarshalText()
		var back Role
		if err != nil || back.UnmarshalText(b) != nil || back != r {
			t.Errorf("Role %v: %q %v → %v", r, b, err, back)
		}
	}
	if _, err := Role(9).MarshalText(); !errors.Is(err, ErrSyntax) {
		t.Errorf("Role(9).MarshalText: %v", err)
	}
	var r Role
	if err := r.UnmarshalText([]byte("chủ trì")); !errors.Is(err, ErrSyntax) {
		t.Errorf("Role.UnmarshalText(chủ trì): %v", err)
	}
}

// TestClone: changing a clone's slices leaves the original as it was.
func TestClone(t *testing.T) {
	d := mustParse(t, readDoc(t, "qd_ubnd.txt"))
	before, _ := json.Marshal(d)
	c := d.Clone()
	c.Ref.Issuers[0] = "X"
	c.CopyTo[0].Text = "X"
	c.Archive.Units[0] = "X"
	c.Body.Items[0].Items[0].Paragraphs[0].Text = "X"
	c.Body.Opening[2].Refs[0].Ref.Issuers[0] = "X"
	c.Tasks[0].Text = "X"
	c.Tasks[1].Assignees[0].Text = "X"
	c.Tasks[1].Deadlines[0].Text = "X"
	c.Reports[0].Bearers[0].Text = "X"
	after, _ := json.Marshal(d)
	if string(before) != string(after) {
		t.Error("changing the clone changed the original")
	}
}

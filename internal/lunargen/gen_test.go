package lunargen

import "testing"

func TestComputeHND(t *testing.T) {
	years, err := Compute(HND{}, 1900, 2199)
	if err != nil {
		t.Fatal(err)
	}
	for _, y := range years {
		if y.Year >= 2017 && y.Year <= 2032 || y.Year == 1968 || y.Year == 1985 || y.Year == 2007 {
			yy, m, d := civilFromJDN(y.Months[0].Start)
			t.Logf("%d: %d-%02d-%02d %d", y.Year, yy, m, d, len(y.Months))
		}
	}
}

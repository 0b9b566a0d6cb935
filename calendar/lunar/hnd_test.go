package lunar

import (
	"testing"

	"github.com/vanban-go/vanban/internal/lunargen"
)

// Day by day over the whole range, Hồ Ngọc Đức's simplified converter (as
// ported by amlich.js and most Vietnamese libraries) differs from the table in
// 242 days (lunar.md §5): the months after its eight wrong near-midnight new
// moons, and the days where it returns day 0. Everywhere else it agrees.
func TestHoNgocDucDayByDay(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the simplified algorithm for 109,000 days")
	}
	const jdnOfDate0 = 1721426 // date.Date 0 is 0001-01-01
	var differ, dayZero int
	years := map[int]bool{}
	for d := minDay; d <= maxDay; d++ {
		want, err := FromSolar(d)
		if err != nil {
			t.Fatal(err)
		}
		day, month, year, leap := lunargen.HNDFromJDN(int(d) + jdnOfDate0)
		if got := (Date{year, month, day, leap}); got != want {
			differ++
			years[want.Year] = true
			if day <= 0 {
				dayZero++
			}
		}
	}
	if differ != 242 {
		t.Errorf("%d days differ from Hồ Ngọc Đức's algorithm (%d with day ≤ 0), want 242 (lunar.md §5)", differ, dayZero)
	}
	t.Logf("%d days differ (%d of them day ≤ 0) in lunar years %v", differ, dayZero, years)
}

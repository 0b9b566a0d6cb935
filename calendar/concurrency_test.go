package calendar

import (
	"sync"
	"testing"

	"github.com/rickb777/date/v2"
)

// TestConcurrentDefault shares Default() between many goroutines, each
// querying it while others build it and build calendars of their own; run
// it with -race. The answers must be those of a single goroutine.
func TestConcurrentDefault(t *testing.T) {
	type answer struct {
		work  bool
		info  DayInfo
		add   date.Date
		count int
	}
	at := func(c *Calendar, d date.Date) answer {
		add, _ := c.AddWorkdays(d, 20)
		n, _ := c.WorkdaysBetween(d, d+3650)
		return answer{c.IsWorkday(d), c.Day(d), add, n}
	}
	start := ymd(2010, 1, 1)
	const span = 6000
	want := make([]answer, span)
	ref := mustNew(t)
	for i := range want {
		want[i] = at(ref, start+date.Date(i))
	}

	var wg sync.WaitGroup
	errs := make(chan string, 64)
	for g := range 32 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			c := Default()
			if g%8 == 0 {
				if _, err := New(WithoutSwaps()); err != nil {
					errs <- err.Error()
					return
				}
			}
			for i := g; i < span; i += 7 {
				if got := at(c, start+date.Date(i)); got != want[i] {
					errs <- (start + date.Date(i)).String()
					return
				}
				if i%500 == 0 {
					if _, err := c.Schedule(2010 + i%18); err != nil {
						errs <- err.Error()
						return
					}
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Error("concurrent query differs or fails:", e)
	}
}

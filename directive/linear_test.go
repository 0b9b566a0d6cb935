package directive

import (
	"strings"
	"testing"
)

// TestParseLinear counts the work of Parse (parse's steps: the pieces read,
// the bytes of each paragraph analysed, each "báo cáo" candidate with the
// bytes of the clause and sentence read around it and the phrases and
// names looked at) on n and 2n copies of adversarial patterns — those of
// BenchmarkParseAdversarial and the constructed rows of review 6.2 — and
// requires 2n copies to cost at most about twice n (10 % slack for the
// fixed heading), and a bounded number of steps a byte: a "báo cáo" every
// few bytes, each read with a clause of up to clauseReach bytes either
// side, costs a few hundred. It counts work, not time (review 6.3).
func TestParseLinear(t *testing.T) {
	const head = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 12/UBND-VX\n"
	const cv = head + "V/v x\n\nKính gửi: A\n\n"
	seed := readDoc(t, "491_UBND-KGVX.txt")
	i := strings.Index(seed, "1. Tiếp tục")
	j := strings.Index(seed, "Trên đây là")
	cases := []struct {
		name string
		make func(n int) string
	}{
		{"seed body", func(n int) string { return seed[:i] + strings.Repeat(seed[i:j], n) + seed[j:] }},
		{"ngày", func(n int) string { return head + "Hà Nội, " + strings.Repeat("ngày 1 tháng ", n) + "\n" }},
		{"báo cáo", func(n int) string { return cv + strings.Repeat("báo cáo về Bộ Nội vụ ", n) + "./.\n" }},
		{"báo cáo trước ngày", func(n int) string {
			return cv + strings.Repeat("Sở Y tế báo cáo kết quả về Bộ Nội vụ trước ngày 20/11/2021; ", n) + "./.\n"
		}},
		{"purpose clauses", func(n int) string {
			return cv + strings.Repeat("Để có cơ sở tổng hợp, báo cáo Chính phủ, ", n) + "Bộ Nội vụ đề nghị A báo cáo về Bộ Nội vụ./.\n"
		}},
		{"conditions", func(n int) string {
			return cv + strings.Repeat("nếu có khó khăn, trường hợp vướng mắc, ", n) + "báo cáo về Bộ Nội vụ./.\n"
		}},
		{"chủ trì", func(n int) string {
			return cv + "1. " + strings.Repeat("Giao Sở Nội vụ chủ trì, phối hợp với các sở, ban, ngành hoàn thành trong tháng 5/2021, ", n) + "./.\n"
		}},
		{"Nơi nhận", func(n int) string {
			return head + "\nNơi nhận:\n- Như trên\n" + strings.Repeat("tiếp tục dòng\n", n) + "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nNguyễn Văn A\n"
		}},
		{"closing formulas", func(n int) string { return cv + strings.Repeat("Trân trọng.\n\n", n) + "./.\n" }},
		{"titles", func(n int) string {
			return head + "THÔNG BÁO\nKẾT LUẬN\n" + strings.Repeat("về x\n", n) + "\nNội dung.\n"
		}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var cost [2]int
			for k, n := range []int{200, 400} {
				text := c.make(n)
				_, _ = parse(text, &cost[k])
				if per := cost[k] / len(text); per > 400 {
					t.Errorf("%d copies: %d steps for %d bytes (%d a byte)", n, cost[k], len(text), per)
				}
			}
			if cost[1] > 2*cost[0]+2*cost[0]/10 {
				t.Errorf("steps: %d for 200 copies, %d for 400", cost[0], cost[1])
			}
		})
	}
}

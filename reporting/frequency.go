package reporting

// Frequency is how often a periodic report (báo cáo định kỳ) is made: its
// tần suất, one of the components of a reporting regime (Nghị định
// 09/2019/NĐ-CP Điều 7, Điều 11 khoản 2). The zero Frequency is none of them.
type Frequency uint8

// The frequencies. Nghị định 09/2019/NĐ-CP Điều 12 defines the monthly,
// quarterly, six-month and annual periods; the nine-month period is a
// provincial convention (e.g. Quyết định 01/2023/QĐ-UBND of Khánh Hòa,
// Điều 4) and the weekly period belongs to sector regimes such as Thông tư
// 55/2020/TT-BCT (Điều 8 khoản 1 điểm a).
const (
	// Weekly is a report each ISO week, Monday to Sunday (hằng tuần).
	Weekly Frequency = iota + 1
	// Monthly is a report each calendar month (hằng tháng).
	Monthly
	// Quarterly is a report each quarter (hằng quý).
	Quarterly
	// HalfYearly is a report each half-year (6 tháng): the first half,
	// January to June, and the second, July to December.
	HalfYearly
	// NineMonths is a report on the first nine months of the year (9 tháng).
	NineMonths
	// Annual is a report each year (hằng năm).
	Annual
)

var frequencyTokens = []string{"weekly", "monthly", "quarterly", "half-yearly", "nine-months", "annual"}

var frequencyNames = []string{"hằng tuần", "hằng tháng", "hằng quý", "6 tháng", "9 tháng", "hằng năm"}

// String returns "weekly", "monthly", "quarterly", "half-yearly",
// "nine-months" or "annual"; any other value prints as "Frequency(n)".
func (f Frequency) String() string { return tokenOf("Frequency", frequencyTokens, uint8(f)) }

// Vietnamese returns the Vietnamese name of the frequency: "hằng tuần",
// "hằng tháng", "hằng quý", "6 tháng", "9 tháng" or "hằng năm"; any other
// value prints as "Frequency(n)".
func (f Frequency) Vietnamese() string { return tokenOf("Frequency", frequencyNames, uint8(f)) }

// Valid reports whether f is one of the six frequencies.
func (f Frequency) Valid() bool { return f >= Weekly && f <= Annual }

// MarshalText returns the token of [Frequency.String]; it fails for a value
// that is none of the six.
func (f Frequency) MarshalText() ([]byte, error) {
	return marshalToken("frequency", frequencyTokens, uint8(f), 1)
}

// UnmarshalText reads a token of [Frequency.String].
func (f *Frequency) UnmarshalText(b []byte) error {
	v, err := parseToken("frequency", frequencyTokens, b, 1)
	if err != nil {
		return err
	}
	*f = Frequency(v)
	return nil
}

// count returns the number of periods of frequency f in a year, or for
// Weekly the maximum (53).
func (f Frequency) count() int {
	switch f {
	case Weekly:
		return 53
	case Monthly:
		return 12
	case Quarterly:
		return 4
	case HalfYearly:
		return 2
	case NineMonths, Annual:
		return 1
	}
	return 0
}

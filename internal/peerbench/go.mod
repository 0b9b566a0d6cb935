module github.com/vanban-go/vanban/internal/peerbench

go 1.26.0

require (
	github.com/rickar/cal/v2 v2.1.13
	github.com/rickb777/date/v2 v2.3.1
	github.com/vanban-go/vanban v0.0.0
)

require (
	github.com/govalues/decimal v0.1.36 // indirect
	github.com/rickb777/period v1.0.21 // indirect
	github.com/rickb777/plural v1.4.7 // indirect
)

replace github.com/vanban-go/vanban => ../..

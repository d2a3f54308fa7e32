package ladder

import (
	"fmt"
	"slices"
	"time"
)

// ListEntry is one line of the monthly list of serious violators: a merchant
// and a family it reached the policy's bar in, that month.
type ListEntry struct {
	Month      string `json:"month"`
	MerchantID string `json:"merchant_id"`
	Family     string `json:"family"`
	// Count is what the bar counts: products delisted or deleted (family 1),
	// or instances decided (families 2 and 3).
	Count int `json:"count"`
}

// ParseMonth parses "2006-01" into the month's first instant (UTC) and the next
// month's.
func ParseMonth(month string) (start, end time.Time, err error) {
	start, err = time.Parse("2006-01", month)
	if err != nil {
		return time.Time{}, time.Time{}, fmt.Errorf("month %q is not YYYY-MM", month)
	}
	return start, start.AddDate(0, 1, 0), nil
}

// MonthlyList picks the serious violators of a month from actions: those
// decided that month and not reversed by any reverse among actions (so pass
// every reverse known, whatever its month). Entries come in family order, then
// by merchant id, so the same actions always give the same list.
func MonthlyList(cfg *Config, actions []Action, month string) ([]ListEntry, error) {
	start, end, err := ParseMonth(month)
	if err != nil {
		return nil, err
	}
	reversed := map[string]bool{}
	for _, a := range actions {
		if a.Code == Reverse {
			for _, id := range a.Reverses {
				reversed[id] = true
			}
		}
	}
	// counted[family][merchant] is the set of products or findings counted.
	counted := map[string]map[string]map[string]bool{}
	add := func(family, merchant, item string) {
		if counted[family] == nil {
			counted[family] = map[string]map[string]bool{}
		}
		if counted[family][merchant] == nil {
			counted[family][merchant] = map[string]bool{}
		}
		counted[family][merchant][item] = true
	}
	for _, a := range actions {
		if reversed[a.ActionID] || a.DecidedAt.Before(start) || !a.DecidedAt.Before(end) || a.StoreLevel() {
			continue
		}
		switch {
		case a.Family == FamilyFalseInfo && (a.Code == DelistZeroScore || a.Code == DeleteProduct):
			add(a.Family, a.MerchantID, a.SubjectID)
		case (a.Family == FamilyOffplatform || a.Family == FamilyTradeAssurance) && a.Reason == ReasonLadder:
			for _, id := range a.FindingIDs {
				add(a.Family, a.MerchantID, id)
			}
		}
	}
	bars := map[string]int{
		FamilyFalseInfo:      cfg.MonthlyList.FalseInfoProducts,
		FamilyOffplatform:    cfg.MonthlyList.OffplatformInstances,
		FamilyTradeAssurance: cfg.MonthlyList.TradeAssuranceInstances,
	}
	var out []ListEntry
	for _, fam := range Families {
		bar := bars[fam]
		if bar == 0 {
			continue // the family is not published
		}
		var merchants []string
		for m, items := range counted[fam] {
			if len(items) >= bar {
				merchants = append(merchants, m)
			}
		}
		slices.Sort(merchants)
		for _, m := range merchants {
			out = append(out, ListEntry{Month: month, MerchantID: m, Family: fam, Count: len(counted[fam][m])})
		}
	}
	return out, nil
}

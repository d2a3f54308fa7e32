package listing_test

import (
	"strings"
	"testing"

	"github.com/haili/haili/detectors/listing"
	"github.com/haili/haili/detectors/policy"
	"github.com/haili/haili/schemas"
)

func TestDefaultPolicyValidates(t *testing.T) {
	c := defaultConfig(t)
	if err := c.Validate(); err != nil {
		t.Fatal(err)
	}
}

func TestValidateNamesMissingAndOutOfRange(t *testing.T) {
	tests := []struct {
		name, yaml string
		want       []string
	}{
		{"missing default", "version: x\nlisting:\n  defaults:\n    market: {min_samples: 5}\n",
			[]string{"defaults.confidence.at_threshold is missing", "defaults.off_market_price.low_cluster_max_share is missing"}},
		{"out of range default", strings.Replace(string(policy.DefaultYAML()), "max_step_ratio: 0.35", "max_step_ratio: 1.5", 1),
			[]string{"defaults.fake_price_tier.max_step_ratio = 1.5 is outside (0,1]"}},
		{"out of range override", strings.Replace(string(policy.DefaultYAML()), "max_step_ratio: 0.25", "max_step_ratio: 0", 1),
			[]string{"categories.custom-paper-boxes.fake_price_tier.max_step_ratio = 0 is outside (0,1]"}},
		{"unknown key", strings.Replace(string(policy.DefaultYAML()), "max_step_ratio: 0.25", "max_step_ratoi: 0.25", 1),
			[]string{"max_step_ratoi"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := policy.Parse([]byte(tt.yaml))
			if err == nil {
				t.Fatal("Parse accepted a bad listing section")
			}
			for _, w := range tt.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("error %q does not mention %q", err, w)
				}
			}
		})
	}
}

func TestOmittedSectionIsValidAndSilent(t *testing.T) {
	p, err := policy.Parse([]byte("version: x\n"))
	if err != nil {
		t.Fatal(err)
	}
	if err := p.Listing.Validate(); err != nil {
		t.Fatal(err)
	}
}

// TestCategoryOverride: an override changes only the numbers it names.
func TestCategoryOverride(t *testing.T) {
	y := strings.Replace(string(policy.DefaultYAML()), "  categories:\n", "  categories:\n    green-tea:\n      abused_sku: {deviation: 100}\n", 1)
	p, err := policy.Parse([]byte(y))
	if err != nil {
		t.Fatal(err)
	}
	d := listing.NewAbusedSKU(&p.Listing)
	mk := func(cat string) *schemas.Listing {
		return &schemas.Listing{Op: schemas.OpUpsert, CategoryID: cat, Unit: "kilogram", MOQ: 5,
			SKUs: skus("Grade AAA", 28.0, "Grade AA", 22.0, "Wholesale 25 kg lot", 600.0)}
	}
	if got := d.DetectListing(mk("green-tea"), nil, nil); len(got) != 0 {
		t.Fatalf("override ignored: %s", got[0].Explanation)
	}
	if got := d.DetectListing(mk("black-tea"), nil, nil); len(got) != 1 {
		t.Fatal("other categories should keep the default deviation")
	}
	// The override left decoy_deviation at its default: a named decoy still fires.
	l := mk("green-tea")
	l.SKUs = skus("Grade AAA", 28.0, "Grade AA", 22.0, "Tea sample 2 g", 0.01)
	if got := d.DetectListing(l, nil, nil); len(got) != 1 || got[0].Rule != "decoy_variant" {
		t.Fatalf("decoy rule should keep its default threshold, got %v", got)
	}
}

package message

import (
	"fmt"
	"os"
	"testing"
)

func TestZZFlow(t *testing.T) {
	text := os.Getenv("FLOW")
	if text == "" {
		t.Skip()
	}
	d := testDetector(t)
	sc := new(scratch)
	normalize(text, sc)
	sc.lexical()
	sc.collectMentions()
	if err := d.findValues(sc); err != nil {
		t.Fatal(err)
	}
	fmt.Printf("vals %+v\n", sc.vals)
	for _, mm := range sc.ments {
		hs, he, ok := sc.handleAfter(mm)
		fmt.Println("handleAfter", mm, hs, he, ok)
	}
	d.contactSignals(sc)
	fmt.Printf("sigs %+v\n", sc.sigs)
}

package message

import (
	"fmt"
	"os"
	"strings"
	"testing"
)

func TestZZDump(t *testing.T) {
	text := os.Getenv("DUMP")
	if text == "" {
		t.Skip()
	}
	for _, line := range strings.Split(text, "\n") {
		sc := new(scratch)
		normalize(line, sc)
		sc.lexical()
		if os.Getenv("FOLD") != "" {
			site, maybe := sc.addressCues()
			f := sc.foldSpeltDots()
			fmt.Printf("after dots %q maybe=%v\n", sc.norm, maybe)
			if maybe {
				f |= sc.foldSpelledAddresses(site)
			}
			fmt.Printf("folded %q %v\n", sc.norm, f)
			sc.lexical()
		}
		for i, tk := range sc.toks {
			fmt.Printf("%d %q kind=%d cats=%b ch=%d mEnd=%d sent=%d\n", i, sc.norm[tk.s:tk.e], tk.kind, tk.cats, tk.ch, tk.mEnd, tk.sent)
		}
		if os.Getenv("MENTS") != "" {
			sc.collectMentions()
			fmt.Printf("ments %+v\n", sc.ments)
			for _, mm := range sc.ments {
				hs, he, ok := sc.handleAfter(mm)
				fmt.Println("handleAfter", mm, hs, he, ok)
			}
			m, ok := sc.danglingAnnouncement()
			fmt.Printf("dangling %+v %v\n", m, ok)
		}
		fmt.Println("--")
	}
}

package message

import (
	"reflect"
	"testing"
	"time"
)

// TestJudgesLikeCoversEveryField makes a new Conversation field a decision:
// either JudgesLike compares it, or it is listed here as information only.
// For every field, a conversation that differs from a zero one only there
// must be told apart by JudgesLike exactly when the field judges.
func TestJudgesLikeCoversEveryField(t *testing.T) {
	informational := map[string]bool{"Messages": true, "LastAt": true, "OffplatformFindings": true, "TARefusalFindings": true}
	typ := reflect.TypeFor[Conversation]()
	for i := range typ.NumField() {
		f := typ.Field(i)
		t.Run(f.Name, func(t *testing.T) {
			var c Conversation
			v := reflect.ValueOf(&c).Elem().Field(i)
			switch v.Interface().(type) {
			case time.Time:
				v.Set(reflect.ValueOf(time.Date(2026, 5, 1, 0, 0, 0, 0, time.UTC)))
			case string:
				v.SetString("shipping")
			case bool:
				v.SetBool(true)
			case int:
				v.SetInt(3)
			case float64:
				v.SetFloat(0.21)
			case ChannelSet:
				v.SetUint(1)
			default:
				t.Fatalf("field %s of type %s: teach this test how to set it", f.Name, f.Type)
			}
			zero := Conversation{}
			if got, want := c.JudgesLike(&zero), informational[f.Name]; got != want {
				t.Errorf("JudgesLike = %v after changing %s; want %v (information-only fields: %v)", got, f.Name, want, informational)
			}
			if !c.JudgesLike(&c) {
				t.Errorf("a conversation does not judge like itself")
			}
		})
	}
}

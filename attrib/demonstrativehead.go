package attrib

import "github.com/claimtrail/claimtrail/layer"

// A demonstrative standing for people ("those", "these") may head a
// reduced relative as a common noun does (session 15, the BBC readers'
// "should not exist"): "Among [those reported to] have serious
// reservations were senior members" describes the members, and reports
// no one's statement; bareParticiple reads it as it reads "the men
// accused of fraud are to appear".

// demonstrativeHead reports whether token k is a determiner standing
// alone as a noun phrase's head before the participle at k+1: tagged DT,
// no article ("the reported" is attributiveRun's), and with no noun
// before it in its phrase ("all those" is a head; "that" after a noun
// opens a clause).
func demonstrativeHead(d *layer.Doc, k int) bool {
	if d.POS == nil || d.POSNames[d.POS[k]] != "DT" || layer.IsArticle(d.Low[k]) || layer.IsComplementizer(d.Low[k]) {
		return false
	}
	return k == d.Sents[d.Sent[k]].First || !isNominal(d.POSNames[d.POS[k-1]])
}

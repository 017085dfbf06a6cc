package speaker

import (
	"strings"

	"github.com/claimtrail/claimtrail"
	"github.com/claimtrail/claimtrail/mention"
)

// personsAide reports whether m describes someone by the person whose
// aide they are: a definite description whose role is owned by another
// role ("the prime minister's official spokesman", "the mayor's
// spokesman"). Another spokesman named before ("Green Party health
// spokesman Ada Vell") is no one it means: that one speaks for someone
// else. A body's spokesman ("the band's spokesman") may still be the one
// the text named by the body's name ("an REM spokesman").
func (r *Resolver) personsAide(m mention.Mention) bool {
	if m.Kind != mention.Definite || m.Type != claimtrail.SpeakerPerson {
		return false
	}
	owner, _, ok := strings.Cut(m.Role, "'s ")
	if !ok {
		return false
	}
	ws := strings.Fields(owner)
	return len(ws) > 0 && r.mentions.IsRoleWord(ws[len(ws)-1])
}

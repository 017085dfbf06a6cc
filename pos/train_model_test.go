package pos

import (
	"flag"
	"os"
	"testing"
)

var trainFlag = flag.Bool("train", false, "retrain the embedded models from $CLAIMTRAIL_DATA (default /work/shared/data/polnear) into model/")

// TestTrainModels retrains the shipped models: go test ./pos -run TestTrainModels -train -v
func TestTrainModels(t *testing.T) {
	if !*trainFlag {
		t.Skip("pass -train to retrain the embedded models")
	}
	data := os.Getenv("CLAIMTRAIL_DATA")
	if data == "" {
		data = "/work/shared/data/polnear"
	}
	if err := TrainAll(data, "model", testLog{t}); err != nil {
		t.Fatal(err)
	}
}

type testLog struct{ t *testing.T }

func (l testLog) Write(p []byte) (int, error) { l.t.Log(string(p)); return len(p), nil }

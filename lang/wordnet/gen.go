//go:build ignore

// gen compiles WordNet 3.0 (Debian wordnet-base) into lang/data/en:
//
//	apt-get install wordnet-base
//	go generate ./lang/wordnet
package main

import (
	"flag"
	"log"
	"os"
	"path/filepath"

	"github.com/claimtrail/claimtrail/lang/wordnet/internal/wngen"
)

func main() {
	src := flag.String("src", "/usr/share/wordnet", "folder of the WordNet 3.0 database files")
	out := flag.String("out", filepath.Join("..", "data", "en"), "folder to write the tables to")
	flag.Parse()
	f, err := wngen.Build(*src)
	if err != nil {
		log.Fatal(err)
	}
	for name, b := range map[string][]byte{
		wngen.SynsetsFile: wngen.Compress(f.Synsets), wngen.ExceptionsFile: f.Exceptions, wngen.LicenseFile: f.License,
	} {
		if err := os.WriteFile(filepath.Join(*out, name), b, 0o644); err != nil {
			log.Fatal(err)
		}
	}
}

package main

import (
	"context"
	"encoding/json"
	"fmt"
	"strconv"
	"text/tabwriter"

	"github.com/claimtrail/claimtrail"
	"github.com/claimtrail/claimtrail/trace"
	"github.com/claimtrail/claimtrail/watch"
	"github.com/spf13/cobra"
)

// watchStore returns the store's claimtrail.WatchStore side; both stores
// have one.
func watchStore(st claimtrail.Store) (claimtrail.WatchStore, error) {
	ws, ok := st.(claimtrail.WatchStore)
	if !ok {
		return nil, fmt.Errorf("this store keeps no saved claims or sources")
	}
	return ws, nil
}

// withWatchStore opens the store (to write, or only to read) and runs fn
// on it.
func withWatchStore(ctx context.Context, db string, write bool, fn func(claimtrail.Store, claimtrail.WatchStore) error) error {
	open := openReadStore
	if write {
		open = openStore
	}
	st, err := open(ctx, db)
	if err != nil {
		return err
	}
	defer st.Close()
	ws, err := watchStore(st)
	if err != nil {
		return err
	}
	return fn(st, ws)
}

func (a *app) claimsCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "claims",
		Short: "Saved claims that claimtrail watch follows (add, list, rm)",
	}
	cmd.AddCommand(a.claimsAddCmd(), a.claimsListCmd(), a.claimsRmCmd())
	return cmd
}

func (a *app) claimsAddCmd() *cobra.Command {
	var db, name string
	var minMatch float64
	cmd := &cobra.Command{
		Use:   `add "CLAIM"`,
		Short: "Save a claim: claimtrail watch alerts on each new statement about it",
		Long: `Saves a claim to follow. The statements stored already are traced once, for
the earliest assertion and denial they hold (an alert older than those is
flagged as a new earliest); only statements stored from now on alert.`,
		Example: `  claimtrail claims add "the harbour will reopen in April" --name harbour`,
		Args:    cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			return withWatchStore(cmd.Context(), db, true, func(st claimtrail.Store, ws claimtrail.WatchStore) error {
				tr, err := trace.New(st, trace.Options{})
				if err != nil {
					return err
				}
				c := &claimtrail.SavedClaim{Text: args[0], Name: name, MinMatch: minMatch}
				if err := watch.SaveClaim(cmd.Context(), ws, tr, c); err != nil {
					return err
				}
				fmt.Fprintf(a.stdout, "claim %d saved: %s\n", c.ID, c.Text)
				return nil
			})
		},
	}
	dbFlag(cmd, &db)
	cmd.Flags().StringVar(&name, "name", "", "a short name for the claim")
	cmd.Flags().Float64Var(&minMatch, "min-match", 0, "least match of an alerting statement, 0–1 (default: the tracer's, 0.5)")
	return cmd
}

func (a *app) claimsListCmd() *cobra.Command {
	var db string
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "list",
		Short: "List the saved claims",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			return withWatchStore(cmd.Context(), db, false, func(_ claimtrail.Store, ws claimtrail.WatchStore) error {
				cs, err := ws.FindClaims(cmd.Context())
				if err != nil {
					return err
				}
				if asJSON {
					return writeJSONList(a, cs)
				}
				tw := tabwriter.NewWriter(a.stdout, 0, 4, 2, ' ', 0)
				fmt.Fprintln(tw, "ID\tNAME\tALERTS\tEARLIEST ASSERTION\tEARLIEST DENIAL\tCLAIM")
				for _, c := range cs {
					_, n, err := ws.FindAlerts(cmd.Context(), claimtrail.AlertFilter{ClaimID: c.ID, Limit: 1})
					if err != nil {
						return err
					}
					fmt.Fprintf(tw, "%d\t%s\t%d\t%s\t%s\t%s\n", c.ID, orDash(c.Name), n, orDash(c.EarliestAssertion), orDash(c.EarliestDenial), c.Text)
				}
				return tw.Flush()
			})
		},
	}
	dbFlag(cmd, &db)
	cmd.Flags().BoolVar(&asJSON, "json", false, "print JSON")
	return cmd
}

func (a *app) claimsRmCmd() *cobra.Command {
	var db string
	cmd := &cobra.Command{
		Use:   "rm ID...",
		Short: "Delete saved claims and their alerts",
		Args:  cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			return withWatchStore(cmd.Context(), db, true, func(_ claimtrail.Store, ws claimtrail.WatchStore) error {
				return removeIDs(args, "claim", func(id int64) error { return ws.DeleteClaim(cmd.Context(), id) })
			})
		},
	}
	dbFlag(cmd, &db)
	return cmd
}

// removeIDs parses each arg as an id and deletes it with rm.
func removeIDs(args []string, what string, rm func(int64) error) error {
	for _, s := range args {
		id, err := strconv.ParseInt(s, 10, 64)
		if err != nil || id <= 0 {
			return fmt.Errorf("%s id %q: want a number (see claimtrail %ss list)", what, s, what)
		}
		if err := rm(id); err != nil {
			return fmt.Errorf("%s %d: %s", what, id, claimtrail.ErrorMessage(err))
		}
	}
	return nil
}

func writeJSONList[T any](a *app, xs []T) error {
	if xs == nil {
		xs = []T{}
	}
	enc := json.NewEncoder(a.stdout)
	enc.SetIndent("", "  ")
	return enc.Encode(xs)
}

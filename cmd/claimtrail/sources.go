package main

import (
	"fmt"
	"text/tabwriter"

	"github.com/claimtrail/claimtrail"
	"github.com/spf13/cobra"
)

func (a *app) sourcesCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "sources",
		Short: "Feeds that claimtrail watch polls (add, list, rm)",
	}
	cmd.AddCommand(a.sourcesAddCmd(), a.sourcesListCmd(), a.sourcesRmCmd())
	return cmd
}

func (a *app) sourcesAddCmd() *cobra.Command {
	var db string
	var follow bool
	cmd := &cobra.Command{
		Use:     "add URL...",
		Short:   "Follow RSS, Atom or JSON feeds",
		Example: `  claimtrail sources add https://example.org/news.rss --follow`,
		Args:    cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			return withWatchStore(cmd.Context(), db, true, func(_ claimtrail.Store, ws claimtrail.WatchStore) error {
				for _, u := range args {
					src := &claimtrail.Source{URL: u, Follow: follow}
					if err := ws.CreateSource(cmd.Context(), src); err != nil {
						if claimtrail.ErrorCode(err) == claimtrail.ECONFLICT {
							return fmt.Errorf("%s is followed already", u)
						}
						return err
					}
					fmt.Fprintf(a.stdout, "source %d added: %s\n", src.ID, src.URL)
				}
				return nil
			})
		},
	}
	dbFlag(cmd, &db)
	cmd.Flags().BoolVar(&follow, "follow", false, "fetch each item's linked page and read it instead of the item text")
	return cmd
}

func (a *app) sourcesListCmd() *cobra.Command {
	var db string
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "list",
		Short: "List the followed feeds and how their last poll went",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			return withWatchStore(cmd.Context(), db, false, func(_ claimtrail.Store, ws claimtrail.WatchStore) error {
				srcs, err := ws.FindSources(cmd.Context())
				if err != nil {
					return err
				}
				if asJSON {
					return writeJSONList(a, srcs)
				}
				tw := tabwriter.NewWriter(a.stdout, 0, 4, 2, ' ', 0)
				fmt.Fprintln(tw, "ID\tFOLLOW\tLAST POLLED\tSTATUS\tFAILURES\tURL")
				for _, s := range srcs {
					polled := "–"
					if !s.LastPolled.IsZero() {
						polled = s.LastPolled.Format("2006-01-02 15:04")
					}
					fmt.Fprintf(tw, "%d\t%t\t%s\t%s\t%d\t%s\n", s.ID, s.Follow, polled, orDash(s.LastStatus), s.Failures, s.URL)
				}
				return tw.Flush()
			})
		},
	}
	dbFlag(cmd, &db)
	cmd.Flags().BoolVar(&asJSON, "json", false, "print JSON")
	return cmd
}

func (a *app) sourcesRmCmd() *cobra.Command {
	var db string
	cmd := &cobra.Command{
		Use:   "rm ID...",
		Short: "Stop following feeds",
		Args:  cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			return withWatchStore(cmd.Context(), db, true, func(_ claimtrail.Store, ws claimtrail.WatchStore) error {
				return removeIDs(args, "source", func(id int64) error { return ws.DeleteSource(cmd.Context(), id) })
			})
		},
	}
	dbFlag(cmd, &db)
	return cmd
}

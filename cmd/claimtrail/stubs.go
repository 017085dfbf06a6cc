package main

import "github.com/spf13/cobra"

func (a *app) extractCmd() *cobra.Command { return &cobra.Command{Use: "extract"} }
func (a *app) timexCmd() *cobra.Command   { return &cobra.Command{Use: "timex"} }

// Package mock provides func-field mocks of claimtrail's service
// interfaces, for tests of code that uses them (web handlers, commands).
// Calling a method whose func field is nil panics, which shows at once
// which call a test did not expect.
package mock

import (
	"context"

	"github.com/claimtrail/claimtrail"
)

var _ claimtrail.Store = (*Store)(nil)

// Store is a claimtrail.Store whose methods call the matching func field.
type Store struct {
	PutArticlesFn     func(ctx context.Context, in []claimtrail.ArticleInput) ([]claimtrail.PutResult, error)
	HasArticleFn      func(ctx context.Context, key, hash string) (bool, error)
	FindArticleByIDFn func(ctx context.Context, id int64) (*claimtrail.Article, error)
	FindArticlesFn    func(ctx context.Context, f claimtrail.ArticleFilter) ([]*claimtrail.Article, int, error)
	FindStatementsFn  func(ctx context.Context, f claimtrail.StatementFilter) ([]*claimtrail.StoredStatement, int, error)
	FindSpeakersFn    func(ctx context.Context, f claimtrail.SpeakerFilter) ([]*claimtrail.SpeakerSummary, int, error)
	StatsFn           func(ctx context.Context) (*claimtrail.Stats, error)
	CloseFn           func() error
}

// PutArticles calls PutArticlesFn.
func (s *Store) PutArticles(ctx context.Context, in []claimtrail.ArticleInput) ([]claimtrail.PutResult, error) {
	return s.PutArticlesFn(ctx, in)
}

// HasArticle calls HasArticleFn.
func (s *Store) HasArticle(ctx context.Context, key, hash string) (bool, error) {
	return s.HasArticleFn(ctx, key, hash)
}

// FindArticleByID calls FindArticleByIDFn.
func (s *Store) FindArticleByID(ctx context.Context, id int64) (*claimtrail.Article, error) {
	return s.FindArticleByIDFn(ctx, id)
}

// FindArticles calls FindArticlesFn.
func (s *Store) FindArticles(ctx context.Context, f claimtrail.ArticleFilter) ([]*claimtrail.Article, int, error) {
	return s.FindArticlesFn(ctx, f)
}

// FindStatements calls FindStatementsFn.
func (s *Store) FindStatements(ctx context.Context, f claimtrail.StatementFilter) ([]*claimtrail.StoredStatement, int, error) {
	return s.FindStatementsFn(ctx, f)
}

// FindSpeakers calls FindSpeakersFn.
func (s *Store) FindSpeakers(ctx context.Context, f claimtrail.SpeakerFilter) ([]*claimtrail.SpeakerSummary, int, error) {
	return s.FindSpeakersFn(ctx, f)
}

// Stats calls StatsFn.
func (s *Store) Stats(ctx context.Context) (*claimtrail.Stats, error) {
	return s.StatsFn(ctx)
}

// Close calls CloseFn, or does nothing when it is nil, so that tests need
// not stub it for deferred closes.
func (s *Store) Close() error {
	if s.CloseFn == nil {
		return nil
	}
	return s.CloseFn()
}

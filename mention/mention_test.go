package mention_test

import (
	"strings"
	"testing"
	"time"

	"github.com/claimtrail/claimtrail"
	"github.com/claimtrail/claimtrail/layer"
	"github.com/claimtrail/claimtrail/mention"
)

// readCases are mentions TestParser_Read reads whole, with the kind, name,
// role, affiliation and type each gives.
var readCases = []struct {
	in                     string
	kind                   mention.Kind
	name, role, affil, typ string
}{
	{"U.S. National Security Adviser Jake Sullivan", mention.Proper, "Jake Sullivan", "National Security Adviser", "U.S.", claimtrail.SpeakerPerson},
	{"Spokesperson for the Iranian Foreign Ministry Nasser Kanaani", mention.Proper, "Nasser Kanaani", "Spokesperson", "Iranian Foreign Ministry", claimtrail.SpeakerPerson},
	{"Marisca's Foreign Minister Elena Dosh", mention.Proper, "Elena Dosh", "Foreign Minister", "Marisca", claimtrail.SpeakerPerson},
	{"Sen. Ada Quill (D-Ore.)", mention.Proper, "Ada Quill", "Sen.", "Democrat", claimtrail.SpeakerPerson},
	{"Ida Brandt, editor of the Harbour Ledger", mention.Proper, "Ida Brandt", "editor", "Harbour Ledger", claimtrail.SpeakerPerson},
	{"the embassy", mention.Definite, "embassy", "", "", claimtrail.SpeakerGovernment},
	{"the article", mention.Definite, "article", "", "", claimtrail.SpeakerPublication},
	{"she", mention.Pronoun, "", "", "", claimtrail.SpeakerPerson},
	{"Several shipping firms", mention.Descriptor, "Several shipping firms", "", "", claimtrail.SpeakerGroup},
	// a figure names no one; a split domain is joined by the text's bytes
	{"About 32%", mention.Descriptor, "", "", "", claimtrail.SpeakerUnknown},
	{"some 68 per cent", mention.Descriptor, "", "", "", claimtrail.SpeakerUnknown},
	{"32% of voters", mention.Descriptor, "32% of voters", "", "", claimtrail.SpeakerGroup},
	// a share of a group and "of" name the respondents, whole, as
	// written; a name after them owns the poll, never the speaker
	{"Almost a quarter (21%) of those polled for the Harbour Clarion", mention.Descriptor, "Almost a quarter (21%) of those polled for the Harbour Clarion", "", "", claimtrail.SpeakerGroup},
	{"three-quarters of respondents (73%)", mention.Descriptor, "three-quarters of respondents (73%)", "", "", claimtrail.SpeakerGroup},
	{"one of the brothers behind the Kessel Group", mention.Proper, "one of the brothers behind the Kessel Group", "", "", claimtrail.SpeakerOrganization},
	// the article closing a description before a name is the name's
	{"Sailing's ruling body the KYU", mention.Proper, "KYU", "ruling body", "Sailing", claimtrail.SpeakerOrganization},
	{"business lobby group the Kessel Chamber", mention.Proper, "Kessel Chamber", "business lobby group", "", claimtrail.SpeakerOrganization},
	{"HollowSky.com", mention.Proper, "HollowSky.com", "", "", claimtrail.SpeakerPublication},
	{"the website HollowSky.com", mention.Proper, "HollowSky.com", "website", "", claimtrail.SpeakerPublication},
	{"Tolvane Corp", mention.Proper, "Tolvane Corp", "", "", claimtrail.SpeakerOrganization},
	// a body's name before an office with a portfolio is the affiliation;
	// another office's modifier is none
	{"Harbour Rovers director of rugby Ada Vell", mention.Proper, "Ada Vell", "director of rugby", "Harbour Rovers", claimtrail.SpeakerPerson},
	{"Shadow spokesman for sport Ben Kell", mention.Proper, "Ben Kell", "Shadow spokesman for sport", "", claimtrail.SpeakerPerson},
	// a field after its article is still the role's
	{"Ada Vell, head of the cargo desk at Kessel Shipping", mention.Proper, "Ada Vell", "head of the cargo desk", "Kessel Shipping", claimtrail.SpeakerPerson},
	{"Ada Vell, head of sales at Kessel Films", mention.Proper, "Ada Vell", "head of sales", "Kessel Films", claimtrail.SpeakerPerson},
	// the place after a body's name is where it is, no part of the
	// affiliation; a lower-case place stays
	{"Ada Vell, an economist at Kessel Brothers in Tokyo", mention.Proper, "Ada Vell", "economist", "Kessel Brothers", claimtrail.SpeakerPerson},
	{"Ada Vell, managing director of Tolvane in the UK", mention.Proper, "Ada Vell", "managing director", "Tolvane", claimtrail.SpeakerPerson},
	{"Ada Vell, leader of the Harbour Party in the assembly", mention.Proper, "Ada Vell", "leader", "Harbour Party in the assembly", claimtrail.SpeakerPerson},
	// a capital speaking alone is its country's government
	{"Seoul", mention.Proper, "South Korea", "", "", claimtrail.SpeakerGovernment},
	{"Tokyo Electric", mention.Proper, "Tokyo Electric", "", "", claimtrail.SpeakerOrganization},
	{"The Tories", mention.Proper, "Tories", "", "", claimtrail.SpeakerOrganization},
	{"Veldor's financial watchdog Kestra", mention.Proper, "Kestra", "financial watchdog", "Veldor", claimtrail.SpeakerOrganization},
	{"software giant Tolvane", mention.Proper, "Tolvane", "software giant", "", claimtrail.SpeakerOrganization},
	{"The VSO", mention.Proper, "VSO", "", "", claimtrail.SpeakerOrganization},
	{"a ballooning trade deficit and analysts", mention.Descriptor, "analysts", "", "", claimtrail.SpeakerGroup},
	{"a farmer and activists", mention.Descriptor, "farmer and activists", "", "", claimtrail.SpeakerGroup},
	// a conjunction, a sentence adverb or the speaker's mood opening the
	// mention is no part of the name and no role
	{"But Tamsin Orwell", mention.Proper, "Tamsin Orwell", "", "", claimtrail.SpeakerPerson},
	{"However, Mr Kell", mention.Proper, "Mr Kell", "", "", claimtrail.SpeakerPerson},
	{"But his lawyer", mention.Descriptor, "lawyer", "lawyer", "", claimtrail.SpeakerPerson},
	{"Defiant Tamsin Orwell", mention.Proper, "Tamsin Orwell", "", "", claimtrail.SpeakerPerson},
	{"Angry residents", mention.Descriptor, "Angry residents", "", "", claimtrail.SpeakerGroup},
	// a nickname in quotation marks is no part of the name
	{"Brian 'Hammer' Dolan", mention.Proper, "Brian Dolan", "", "", claimtrail.SpeakerPerson},
	{"Keith \"Spider\" Maran", mention.Proper, "Keith Maran", "", "", claimtrail.SpeakerPerson},
	// a quantifier alone stands for people named before: a group, no one
	{"Many", mention.Descriptor, "Many", "", "", claimtrail.SpeakerGroup},
	{"Some", mention.Descriptor, "Some", "", "", claimtrail.SpeakerGroup},
	// a possessive name's lower-case noun phrase after a comma is the
	// person's description, whatever its head; a plural's possessive
	// mark before a name gives the affiliation
	{"Ivo Marsh, Tolvane's resident futurologist,", mention.Proper, "Ivo Marsh", "resident futurologist", "Tolvane", claimtrail.SpeakerPerson},
	{"Nadia Ferro, Kessel's principal consultant on RFID,", mention.Proper, "Nadia Ferro", "principal consultant on RFID", "Kessel", claimtrail.SpeakerPerson},
	{"Nadia Ferro, Kessel's audio producer", mention.Proper, "Nadia Ferro", "audio producer", "Kessel", claimtrail.SpeakerPerson},
	{"Harbour Relations' Paul Marsh", mention.Proper, "Paul Marsh", "", "Harbour Relations", claimtrail.SpeakerPerson},
	{"the Harbour Pilots' Christian Fellowship", mention.Proper, "Harbour Pilots Christian Fellowship", "", "", claimtrail.SpeakerOrganization},
	// a document by its author speaks for the author; a name without a
	// person's given name, title or role is a body's
	{"A separate study by Quellmark", mention.Surname, "Quellmark", "", "", claimtrail.SpeakerOrganization},
	{"A survey published on Monday by Kessel Media", mention.Proper, "Kessel Media", "", "", claimtrail.SpeakerOrganization},
	{"figures compiled by the Harbour Trust", mention.Proper, "Harbour Trust", "", "", claimtrail.SpeakerOrganization},
	{"a report by journalist Nadia Varro", mention.Proper, "Nadia Varro", "journalist", "", claimtrail.SpeakerPerson},
	// an -ing word opening a role is still a description
	{"Tom Ellery, managing director of 4sight", mention.Proper, "Tom Ellery", "managing director", "4sight", claimtrail.SpeakerPerson},
	// an acronym in parentheses is the name's, a lower-case word before it is none of it
	{"the independent Institute for Harbour Studies (IHS)", mention.Proper, "Institute for Harbour Studies", "", "", claimtrail.SpeakerOrganization},
	// a place after a personal name is where the person is
	{"The Ledger's Sarah Penlow in Moscow", mention.Proper, "Sarah Penlow", "", "Ledger", claimtrail.SpeakerPerson},
	{"the Veldovian Embassy in Tehran", mention.Proper, "Veldovian Embassy in Tehran", "", "Veldovian", claimtrail.SpeakerGovernment},
	// a noun for what a person is makes a description of a person
	{"the 31-year-old", mention.Definite, "31-year-old", "31-year-old", "", claimtrail.SpeakerPerson},
	// a word ending an organisation's or event's name types it
	{"the Harbour Electronics Show", mention.Proper, "Harbour Electronics Show", "", "", claimtrail.SpeakerOrganization},
	{"Kessel Films", mention.Proper, "Kessel Films", "", "", claimtrail.SpeakerOrganization},
	{"Tennis Veldovia", mention.Proper, "Tennis Veldovia", "", "", claimtrail.SpeakerPerson}, // an unknown place: no telling
	{"Sport England", mention.Proper, "Sport England", "", "", claimtrail.SpeakerOrganization},
	{"the Russian", mention.Definite, "Russian", "Russian", "Russia", claimtrail.SpeakerPerson},
	{"Russian", mention.Proper, "Russia", "", "Russia", claimtrail.SpeakerGovernment},
	{"the veteran actor", mention.Definite, "veteran actor", "veteran actor", "", claimtrail.SpeakerPerson},
	// a common given name keeps a name a person's where the entity tags say organisation
	{"Nadia Ferro", mention.Proper, "Nadia Ferro", "", "", claimtrail.SpeakerPerson},
	{"Bo Lind", mention.Proper, "Bo Lind", "", "", claimtrail.SpeakerPerson},
	// a description, then the person's name
	{"the foreign minister of Varnia, Nadia Ferro,", mention.Proper, "Nadia Ferro", "foreign minister", "Varnia", claimtrail.SpeakerPerson},
	// a document and its author: the author speaks
	{"a statement from Tolvane Corp", mention.Proper, "Tolvane Corp", "", "", claimtrail.SpeakerOrganization},
	{"data from the statistics office", mention.Definite, "statistics office", "", "", claimtrail.SpeakerGovernment},
	{"the Harbour Report from Tolvane Corp", mention.Definite, "Harbour Report from Tolvane Corp", "", "", claimtrail.SpeakerPublication},
	// a relative clause after the name is none of the mention; an
	// object relative speaks through its subject
	{"Tiga Holdings, which represents small developers,", mention.Proper, "Tiga Holdings", "", "", claimtrail.SpeakerOrganization},
	{"Ravi Orsin, head of Tolvane, which makes boats", mention.Proper, "Ravi Orsin", "head", "Tolvane", claimtrail.SpeakerPerson},
	{"the Harbour Court - which ruled the pact void", mention.Proper, "Harbour Court", "", "", claimtrail.SpeakerOrganization},
	{"Ida Brandt, who edits the Harbour Ledger", mention.Proper, "Ida Brandt", "", "", claimtrail.SpeakerPerson},
	{"a plan which critics", mention.Descriptor, "critics", "", "", claimtrail.SpeakerGroup},
	{"who is working on a project", mention.Descriptor, "who is working on a project", "", "", claimtrail.SpeakerUnknown},
	// a participle phrase after a comma is none of it either
	{"The Harbour firm, led by new chief executive Ada Quill,", mention.Proper, "Harbour firm", "", "", claimtrail.SpeakerOrganization},
	// a clause before the speaker ends at its verb and subordinator
	{"The latest rows came after Mr Kell", mention.Proper, "Mr Kell", "", "", claimtrail.SpeakerPerson},
	{"The figures come after the Harbour Bank", mention.Proper, "Harbour Bank", "", "", claimtrail.SpeakerOrganization},
	{"The new figures came out after the Harbour Bank", mention.Proper, "Harbour Bank", "", "", claimtrail.SpeakerOrganization},
	{"Mr Kell was quoted in the Ledger newspaper", mention.Proper, "Mr Kell", "", "", claimtrail.SpeakerPerson},
	{"14% of people aged between 18 and 34", mention.Descriptor, "14% of people aged between 18 and 34", "", "", claimtrail.SpeakerGroup},
	{"Oslo coach Per Lund was surprised that Bergen coach Ivar Dahl", mention.Proper, "Ivar Dahl", "Bergen coach", "", claimtrail.SpeakerPerson},
	// an office named with "of (the)" before the person's given name
	{"Director of Public Prosecutions Nadia Ferro", mention.Proper, "Nadia Ferro", "Director", "Public Prosecutions", claimtrail.SpeakerPerson},
	{"Chancellor of the Exchequer Nadia Ferro", mention.Proper, "Nadia Ferro", "Chancellor", "Exchequer", claimtrail.SpeakerPerson},
	// a given name left in lower case after a role word
	{"Harbour coach mark Kell", mention.Proper, "mark Kell", "Harbour coach", "", claimtrail.SpeakerPerson},
	{"Rival Tolvane", mention.Surname, "Tolvane", "", "", claimtrail.SpeakerUnknown},
	// role and affiliation: clean boundaries, marks joined as written
	{"Lena Hart, editor of Zing! magazine", mention.Proper, "Lena Hart", "editor", "Zing! magazine", claimtrail.SpeakerPerson},
	{"Ravi Kell, editor of fansite Harbour.Ledger.org,", mention.Proper, "Ravi Kell", "editor", "Harbour.Ledger.org", claimtrail.SpeakerPerson},
	// a longer description after the comma, a hyphen or slash inside it,
	// a possessive name opening it, an age before it
	{"Ravi Kell, Harbour party co-chairman,", mention.Proper, "Ravi Kell", "Harbour party co-chairman", "", claimtrail.SpeakerPerson},
	{"Ravi Fox, Harbour party co-chairman,", mention.Proper, "Ravi Fox", "Harbour party co-chairman", "", claimtrail.SpeakerPerson},
	{"Ida Brandt, Kell/Harbour Data analyst", mention.Proper, "Ida Brandt", "Kell/Harbour Data analyst", "", claimtrail.SpeakerPerson},
	{"Ida Brandt, retail technology and broadband analyst at Harbour Data", mention.Proper, "Ida Brandt", "retail technology and broadband analyst", "Harbour Data", claimtrail.SpeakerPerson},
	{"Sir Ravi Kell, Ada Vell's former press secretary,", mention.Proper, "Sir Ravi Kell", "Ada Vell's former press secretary", "", claimtrail.SpeakerPerson},
	{"Ravi Kell, 58, MP for Harbourside,", mention.Proper, "Ravi Kell", "MP", "Harbourside", claimtrail.SpeakerPerson},
	// a name joined to its particle by a hyphen is a name
	{"Trade Minister Ravi al-Kessel", mention.Proper, "Ravi al-Kessel", "Trade Minister", "", claimtrail.SpeakerPerson},
	{"Ravi Kell, director of Kessel/MDR's wireless research group", mention.Proper, "Ravi Kell", "director", "Kessel/MDR's wireless research group", claimtrail.SpeakerPerson},
	{"A spokesman for the Harbour Film Council", mention.Descriptor, "A spokesman for the Harbour Film Council", "spokesman", "Harbour Film Council", claimtrail.SpeakerPerson},
	{"Dell Orvin, head of distribution at Kessel Films", mention.Proper, "Dell Orvin", "head of distribution", "Kessel Films", claimtrail.SpeakerPerson},
	{"Marta Lund, founder of the Harbour Fund (HF), a charity for sailors", mention.Proper, "Marta Lund", "founder", "Harbour Fund (HF)", claimtrail.SpeakerPerson},
	{"Marta Lund, founder of the Harbour Fund, one of the groups through which the money", mention.Proper, "Marta Lund", "founder", "Harbour Fund", claimtrail.SpeakerPerson},
	{"Orla Vell, a board member of Marisca's central bank, the Harbour Bank,", mention.Proper, "Orla Vell", "board member", "Marisca's central bank", claimtrail.SpeakerPerson},
	{"Ida Brandt, from the Harbour Institute for Fiscal Studies,", mention.Proper, "Ida Brandt", "", "Harbour Institute for Fiscal Studies", claimtrail.SpeakerPerson},
	{"Ravi Kell, from brand communications firm Tolvane MediaWorks", mention.Proper, "Ravi Kell", "", "Tolvane MediaWorks", claimtrail.SpeakerPerson},
	{"Orla Vell, of the Harbour Trust,", mention.Proper, "Orla Vell", "", "Harbour Trust", claimtrail.SpeakerPerson},
	{"The Ledger's correspondent in Jakarta, Rachel Penlow,", mention.Proper, "Rachel Penlow", "correspondent in Jakarta", "Ledger", claimtrail.SpeakerPerson},
	// a name of demonyms is a team's; a person before a comma is no role
	{"London Irish coach Ada Quill", mention.Proper, "Ada Quill", "coach", "London Irish", claimtrail.SpeakerPerson},
	{"British and Irish Lions coach Ada Quill", mention.Proper, "Ada Quill", "coach", "British and Irish Lions", claimtrail.SpeakerPerson},
	{"British Transport Minister Ada Quill", mention.Proper, "Ada Quill", "Transport Minister", "U.K.", claimtrail.SpeakerPerson},
	{"The German and Danish governments", mention.Proper, "German and Danish governments", "", "Germany", claimtrail.SpeakerOrganization},
	{"media chief Nadia Ferro, Ravi Kell", mention.Proper, "Ravi Kell", "", "", claimtrail.SpeakerPerson},
	{"A spokesman for Harbour Immigration, Customs and Enforcement, Ravi Kell,", mention.Proper, "Ravi Kell", "spokesman", "Harbour Immigration Customs and Enforcement", claimtrail.SpeakerPerson},
	// types: countries together, a person noun, initials, a region ending a firm's name
	{"Italy and Germany", mention.Proper, "Italy and Germany", "", "", claimtrail.SpeakerGovernment},
	{"a Labour backbencher", mention.Descriptor, "a Labour backbencher", "Labour backbencher", "", claimtrail.SpeakerPerson},
	{"KRX", mention.Proper, "KRX", "", "", claimtrail.SpeakerOrganization},
	// an adverb after a name is none of it, a subject pronoun after an
	// adjunct is the speaker, a second predicate after "and" ends the
	// author's name; an object pronoun and a common noun's last word stay
	{"Kessler afterwards", mention.Surname, "Kessler", "", "", claimtrail.SpeakerUnknown},
	{"Mr Kell first", mention.Proper, "Mr Kell", "", "", claimtrail.SpeakerPerson},
	{"Speaking to the Harbour Committee he", mention.Pronoun, "", "", "", claimtrail.SpeakerPerson},
	{"Half of them", mention.Descriptor, "Half of them", "", "", claimtrail.SpeakerGroup},
	{"the lock forward", mention.Definite, "lock forward", "lock forward", "", claimtrail.SpeakerPerson},
	{"The book, by journalist Ada Vell and serialised in the paper,", mention.Proper, "Ada Vell", "journalist", "", claimtrail.SpeakerPerson},
	{"Ada Vell and elected officials", mention.Descriptor, "Ada Vell and elected officials", "", "", claimtrail.SpeakerGroup},
	// a document's author after "from", after an "of" phrase and "by",
	// after a capitalised word opening the sentence; a country's
	// reports are its press, "the country"'s no one's
	{"Research from Quellmark", mention.Surname, "Quellmark", "", "", claimtrail.SpeakerOrganization},
	{"the latest surveys from Kessel and Quellmark", mention.Proper, "Kessel and Quellmark", "", "", claimtrail.SpeakerOrganization},
	{"Recent research by Quellmark", mention.Surname, "Quellmark", "", "", claimtrail.SpeakerOrganization},
	{"A survey of 280 firms by the Harbour Trust", mention.Proper, "Harbour Trust", "", "", claimtrail.SpeakerOrganization},
	{"a round-up of new gadgets compiled by Harbour Magazine", mention.Proper, "Harbour Magazine", "", "", claimtrail.SpeakerOrganization},
	{"The Harbour Review by Ada Vell", mention.Proper, "Harbour Review by Ada Vell", "", "", claimtrail.SpeakerOrganization},
	{"reports from the country", mention.Descriptor, "reports from the country", "", "", claimtrail.SpeakerGroup},
	// a description ending in a noun for a person (person-heads.tsv) or a
	// person's role after a prefix and hyphen is a person's, not a body's
	{"The Harbour co-chairman", mention.Definite, "Harbour co-chairman", "Harbour co-chairman", "", claimtrail.SpeakerPerson},
	{"The Harbour gold medallist", mention.Definite, "Harbour gold medallist", "Harbour gold medallist", "", claimtrail.SpeakerPerson},
	{"one Harbour-based broker", mention.Descriptor, "one Harbour-based broker", "one Harbour-based broker", "", claimtrail.SpeakerPerson},
	{"Harbour Co-operative Bank", mention.Proper, "Harbour Co-operative Bank", "", "", claimtrail.SpeakerOrganization},
	{"Kessel's agent", mention.Descriptor, "Kessel's agent", "agent", "Kessel", claimtrail.SpeakerPerson},
	// a party's name as the aliases table writes it; a firm after a plural of a person's word
	{"Labour", mention.Proper, "Labour", "", "", claimtrail.SpeakerOrganization},
	{"Lib Dems", mention.Proper, "Lib Dems", "", "", claimtrail.SpeakerOrganization},
	{"market analysts Quellmark", mention.Proper, "Quellmark", "market analysts", "", claimtrail.SpeakerOrganization},
	{"market analyst Quellmark", mention.Proper, "Quellmark", "market analyst", "", claimtrail.SpeakerPerson},
	{"Eurosceptic party HPO", mention.Proper, "HPO", "Eurosceptic party", "", claimtrail.SpeakerOrganization},
	{"Lt Col Ravi Kell of the HPO", mention.Proper, "Lt Col Ravi Kell", "", "HPO", claimtrail.SpeakerPerson},
	{"the Bank of Harbourland", mention.Proper, "Bank of Harbourland", "", "", claimtrail.SpeakerOrganization},
	{"Lord Kell of Harbourside", mention.Proper, "Lord Kell of Harbourside", "", "", claimtrail.SpeakerPerson},
	{"The Harbour party MEP", mention.Definite, "Harbour party MEP", "Harbour party MEP", "", claimtrail.SpeakerPerson}, // initials naming a person describe one: a person's
	{"Harbour party MEP Ada Vell", mention.Proper, "Ada Vell", "Harbour party MEP", "", claimtrail.SpeakerPerson},
	{"Former harbour minister Ada Vell MP", mention.Proper, "Ada Vell", "Former harbour minister, MP", "", claimtrail.SpeakerPerson},
	{"Ada Vell MP", mention.Proper, "Ada Vell", "MP", "", claimtrail.SpeakerPerson},
	{"the Harbourside North MP", mention.Definite, "Harbourside North MP", "Harbourside North MP", "", claimtrail.SpeakerPerson}, // a seat's MP, no one named
	{"Kessel Europe", mention.Proper, "Kessel Europe", "", "", claimtrail.SpeakerOrganization},
	{"Ada Vell herself", mention.Proper, "Ada Vell", "", "", claimtrail.SpeakerPerson}, // a reflexive stresses the name: no part of it
	{"the harbour minister himself", mention.Definite, "harbour minister", "harbour minister", "", claimtrail.SpeakerPerson},
	{"Mr Ravi Kell, 63,", mention.Proper, "Mr Ravi Kell", "", "", claimtrail.SpeakerPerson},          // an age set off after the name
	{"Ada Vell, 79, who ran the port", mention.Proper, "Ada Vell", "", "", claimtrail.SpeakerPerson}, // and what follows it
	// a place, a nationality or a body's word opening a body's name
	// stays in it; a nationality before a person's name does not
	{"a spokesman for the English Harbour Ballet", mention.Descriptor, "a spokesman for the English Harbour Ballet", "spokesman", "English Harbour Ballet", claimtrail.SpeakerPerson},
	{"A spokeswoman for the Harbour University Press", mention.Descriptor, "A spokeswoman for the Harbour University Press", "spokeswoman", "Harbour University Press", claimtrail.SpeakerPerson},
	{"the Harbour University Press", mention.Proper, "Harbour University Press", "", "", claimtrail.SpeakerPublication},
	{"the London Harbour Exchange", mention.Proper, "London Harbour Exchange", "", "U.K.", claimtrail.SpeakerOrganization},
	{"France Kesselcom", mention.Proper, "France Kesselcom", "", "France", claimtrail.SpeakerOrganization},
	{"The Harbour Police Federation", mention.Proper, "Harbour Police Federation", "", "", claimtrail.SpeakerOrganization},
	{"Russian Marat Volkin", mention.Proper, "Marat Volkin", "", "Russia", claimtrail.SpeakerPerson},
	{"US Treasury Under-Secretary Ravi Kell", mention.Proper, "Ravi Kell", "Treasury Under-Secretary", "U.S.", claimtrail.SpeakerPerson},
	{"EU Harbour Commissioner Ada Vell", mention.Proper, "Ada Vell", "Harbour Commissioner", "EU", claimtrail.SpeakerPerson},
	// a title or a given name inside a capitalised run starts the
	// person's name; the words before it are the office
	{"Harbour Police Commissioner Sir Ravi Kell", mention.Proper, "Sir Ravi Kell", "Harbour Police Commissioner", "", claimtrail.SpeakerPerson},
	{"Guitarist Ravi Kell", mention.Proper, "Ravi Kell", "Guitarist", "", claimtrail.SpeakerPerson},
	{"Harbour analyst Ard Jan Vell", mention.Proper, "Ard Jan Vell", "Harbour analyst", "", claimtrail.SpeakerPerson}, // an unknown word may be a given name
	{"the Rt Rev Dr Ravi Kell", mention.Proper, "Rt Rev Dr Ravi Kell", "", "", claimtrail.SpeakerPerson},
	{"Harbour Policy Centre Mr Kell", mention.Proper, "Harbour Policy Centre Mr Kell", "", "", claimtrail.SpeakerPerson},
	{"the peace process and Northern Varnia, Mr Kell", mention.Proper, "Mr Kell", "", "", claimtrail.SpeakerPerson},
	{"the peace process and Northern Ireland, Mr Kell", mention.Proper, "Mr Kell", "", "", claimtrail.SpeakerPerson},
	// a person's description without a role word after a comma; a
	// name particle in a name before "of"; a surname that is a place
	{"Ada Vellin, senior market strategist at Kessel,", mention.Proper, "Ada Vellin", "senior market strategist", "Kessel", claimtrail.SpeakerPerson},
	{"Mr Kell, without specifying the date", mention.Proper, "Mr Kell", "", "", claimtrail.SpeakerPerson},
	// an aside after the name's comma is no part of it
	{"Bo Lindqvist, now a parliamentary hopeful", mention.Proper, "Bo Lindqvist", "", "", claimtrail.SpeakerPerson},
	{"Ravi Kell, aka Bo from the Harbour crew", mention.Proper, "Ravi Kell", "", "", claimtrail.SpeakerPerson},
	{"Ravi Kell, and Ada Vell", mention.Proper, "Ravi Kell and Ada Vell", "", "", claimtrail.SpeakerPerson},
	{"Shipping analyst Nick Van den Orrel of Harbour Paribas", mention.Proper, "Nick Van den Orrel", "Shipping analyst", "Harbour Paribas", claimtrail.SpeakerPerson},
	{"Harbour producer Michael London", mention.Proper, "Michael London", "Harbour producer", "", claimtrail.SpeakerPerson},
	{"Telecoms ombudsman Elizabeth France", mention.Proper, "Elizabeth France", "Telecoms ombudsman", "", claimtrail.SpeakerPerson},
	{"Economy minister Russian Kell", mention.Proper, "Russian Kell", "Economy minister", "", claimtrail.SpeakerPerson}, // a given name: a nationality comes before the role
	{"Russian economy minister Kell", mention.Proper, "Kell", "economy minister", "Russia", claimtrail.SpeakerPerson},
	// a body's name, then what it is
	{"The Harbour Frontier Foundation, a civil rights watchdog,", mention.Proper, "Harbour Frontier Foundation", "civil rights watchdog", "", claimtrail.SpeakerOrganization},
	{"The Bishop of Harbourside, the Rt Rev Ada Vell,", mention.Proper, "Rt Rev Ada Vell", "Bishop", "Harbourside", claimtrail.SpeakerPerson},
	// a clause word in lower case, a focus adverb or a time adverbial
	// opening the mention is none of it
	{"now the Harbour regulator", mention.Proper, "Harbour regulator", "", "", claimtrail.SpeakerGovernment},
	{"Only 42% of them", mention.Descriptor, "42% of them", "", "", claimtrail.SpeakerGroup},
	{"Last month Veldor's competition watchdog", mention.Proper, "Veldor's competition watchdog", "", "Veldor", claimtrail.SpeakerOrganization},
	{"Last week Lord Kell", mention.Proper, "Lord Kell", "", "", claimtrail.SpeakerPerson},
	{"November the Harbour Medical Association", mention.Proper, "Harbour Medical Association", "", "", claimtrail.SpeakerOrganization},
	{"June Vell", mention.Proper, "June Vell", "", "", claimtrail.SpeakerPerson}, // a month that is a given name
	// a surname a table reads as a role's or a nation's word, after a given name or a title
	{"Harbour governor Mervyn King", mention.Proper, "Mervyn King", "Harbour governor", "", claimtrail.SpeakerPerson},
	{"Mr King", mention.Proper, "Mr King", "", "", claimtrail.SpeakerPerson},
	{"Ms German", mention.Proper, "Ms German", "", "", claimtrail.SpeakerPerson},
	{"Deputy leader Mike German", mention.Proper, "Mike German", "Deputy leader", "", claimtrail.SpeakerPerson},
	{"Paul King, chief security architect at Tolvane", mention.Proper, "Paul King", "chief security architect", "Tolvane", claimtrail.SpeakerPerson},
	{"Mike German, leader of the Harbour Party", mention.Proper, "Mike German", "leader", "Harbour Party", claimtrail.SpeakerPerson},
	{"Bank of Harbour governor Ada Vell", mention.Proper, "Ada Vell", "governor", "Bank of Harbour", claimtrail.SpeakerPerson},
	{"Commission for Harbour Equality chairman Ravi Kell", mention.Proper, "Ravi Kell", "chairman", "Commission for Harbour Equality", claimtrail.SpeakerPerson},
	{"Harbour MP Ada King", mention.Proper, "Ada King", "Harbour MP", "", claimtrail.SpeakerPerson},
	// a body's name after an office word types it
	{"the statistics office Destara", mention.Proper, "Destara", "statistics office", "", claimtrail.SpeakerGovernment},
	// a slash joins two names into one body's
	{"analysts Kessel/MDR", mention.Proper, "Kessel/MDR", "analysts", "", claimtrail.SpeakerOrganization},
	{"market analysts Kessel//Harbourstat", mention.Proper, "Kessel//Harbourstat", "market analysts", "", claimtrail.SpeakerOrganization},
	// a person, then the body's name after a comma: the affiliation
	{"Ravi Kell, Harbourside Hotel Association", mention.Proper, "Ravi Kell", "", "Harbourside Hotel Association", claimtrail.SpeakerPerson},
	{"Tolvane Corp, Harbourside Hotel Association", mention.Proper, "Tolvane Corp Harbourside Hotel Association", "", "", claimtrail.SpeakerOrganization},
	// a one-word description opening the run describes the name after
	// it, a given name the tables know or not
	{"Boss Ravi Kellaway", mention.Proper, "Ravi Kellaway", "Boss", "", claimtrail.SpeakerPerson},
	{"Boss Henko Vellink", mention.Proper, "Henko Vellink", "Boss", "", claimtrail.SpeakerPerson},
	{"Referee Ada Vell", mention.Proper, "Ada Vell", "Referee", "", claimtrail.SpeakerPerson},
	{"Treasurer Ravi Kell", mention.Proper, "Ravi Kell", "Treasurer", "", claimtrail.SpeakerPerson},
	{"Rapper Kessel", mention.Proper, "Kessel", "Rapper", "", claimtrail.SpeakerPerson},
	{"Bookmaker Tolvane", mention.Proper, "Tolvane", "Bookmaker", "", claimtrail.SpeakerOrganization},
	{"Miner Harbour Gold", mention.Proper, "Harbour Gold", "Miner", "", claimtrail.SpeakerOrganization},
	{"Distributor Tolvane Pictures", mention.Proper, "Tolvane Pictures", "Distributor", "", claimtrail.SpeakerOrganization},
	{"Consultancy Tolvane Analytics of Harbourside", mention.Proper, "Tolvane Analytics", "Consultancy", "Harbourside", claimtrail.SpeakerOrganization},
	// an office's last word, then a name the tables do not know
	{"Harbour Council Chief Executive Kessa Vellink", mention.Proper, "Kessa Vellink", "Harbour Council Chief Executive", "", claimtrail.SpeakerPerson},
	{"Harbour Affairs Commissioner Joaquo Almerra", mention.Proper, "Joaquo Almerra", "Harbour Affairs Commissioner", "", claimtrail.SpeakerPerson},
	{"Varnshire Chief Constable Alastor McVell", mention.Proper, "Alastor McVell", "Varnshire Chief Constable", "", claimtrail.SpeakerPerson},
	// "of the" inside a body's name after a word that is no person's role
	{"The Harbour Federation of the Dorn Industry", mention.Proper, "Harbour Federation of the Dorn Industry", "", "", claimtrail.SpeakerOrganization},
	{"The News of the Dorn", mention.Proper, "News of the Dorn", "", "", claimtrail.SpeakerOrganization},
	// a list of bodies' names: each stays whole
	{"The Harbour Council of Ferry Lenders (HCFL), Dorn Bankers Association (DBA) and Tolvane Group", mention.Proper, "Harbour Council of Ferry Lenders, Dorn Bankers Association and Tolvane Group", "", "", claimtrail.SpeakerOrganization},
	{"Kesselworth, Varnhams, House of Dorn, Vell & Kell and Big Tolvane all", mention.Proper, "Kesselworth, Varnhams, House of Dorn, Vell & Kell and Big Tolvane", "", "", claimtrail.SpeakerOrganization},
	{"Both the HFB and Harbour Bank", mention.Proper, "HFB and Harbour Bank", "", "", claimtrail.SpeakerOrganization},
	{"the Department of Harbours and Ferries", mention.Proper, "Department of Harbours and Ferries", "", "", claimtrail.SpeakerGovernment},
	{"The Harbours and Ferries Commission (HFC)", mention.Proper, "Harbours and Ferries Commission", "", "", claimtrail.SpeakerGovernment},
	// two parties: an article parting them and one a body's name, or both a body's
	{"Harbour Labour and the Liberal Democrats", mention.Proper, "Harbour Labour and Liberal Democrats", "", "", claimtrail.SpeakerOrganization},
	{"both Dorn Cymru and the Kessel Party", mention.Proper, "Dorn Cymru and Kessel Party", "", "", claimtrail.SpeakerOrganization},
	{"The Tories and Lib Dems", mention.Proper, "Tories and Lib Dems", "", "", claimtrail.SpeakerOrganization},
	{"The League Against Harbour Tolls and the HRSA", mention.Proper, "League Against Harbour Tolls and HRSA", "", "", claimtrail.SpeakerOrganization},
	{"The Harbour Securities and Exchange Commission", mention.Proper, "Harbour Securities and Exchange Commission", "", "", claimtrail.SpeakerGovernment},
	{"Lords Kell, Vell, Dorn and Kessel,", mention.Proper, "Lords Kell Vell Dorn and Kessel", "", "", claimtrail.SpeakerPerson},
	{"Ravi Kellaway, Harbours and Ferries Minister,", mention.Proper, "Ravi Kellaway", "Harbours and Ferries Minister", "", claimtrail.SpeakerPerson},
	{"Dorn Borders Council, Varn Council and Dorn Enterprise,", mention.Proper, "Dorn Borders Council, Varn Council and Dorn Enterprise", "", "", claimtrail.SpeakerOrganization},
	// a body described before its name, after a person's role or name and a preposition: the person's affiliation
	{"chief of technology giant Harbour Tech", mention.Descriptor, "chief of technology giant Harbour Tech", "chief", "Harbour Tech", claimtrail.SpeakerPerson},
	{"The head of US TV network Dorn", mention.Definite, "head of US TV network Dorn", "head", "Dorn", claimtrail.SpeakerPerson},
	{"The guitarist with US rock band Dorn", mention.Definite, "guitarist with US rock band Dorn", "guitarist", "Dorn", claimtrail.SpeakerPerson},
	{"A spokesman for distributor Tolvane", mention.Descriptor, "A spokesman for distributor Tolvane", "spokesman", "Tolvane", claimtrail.SpeakerPerson},
	{"Analysts at investment bank Harbour Brothers", mention.Descriptor, "Analysts at investment bank Harbour Brothers", "", "", claimtrail.SpeakerGroup},
	{"Graham Kell from anti-virus firm Tolvane", mention.Proper, "Graham Kell", "", "Tolvane", claimtrail.SpeakerPerson},
	{"Graham Kell, head of research at consultancy Tolvane,", mention.Proper, "Graham Kell", "head of research", "Tolvane", claimtrail.SpeakerPerson},
	// not a person's name after the description
	{"Director of rugby Warren Kell", mention.Proper, "Warren Kell", "Director of rugby", "", claimtrail.SpeakerPerson},
	{"general secretary of the public services union Kessel Dave Vellink", mention.Proper, "Dave Vellink", "general secretary", "public services union Kessel", claimtrail.SpeakerPerson},
	{"founder of the Kessel consultancy Anne-Ida Vellink", mention.Proper, "Anne-Ida Vellink", "founder", "Kessel consultancy", claimtrail.SpeakerPerson},
	{"security firm Saint Ada Software", mention.Proper, "Saint Ada Software", "security firm", "", claimtrail.SpeakerOrganization},
	{"industry watchdog Tolvane", mention.Proper, "Tolvane", "industry watchdog", "", claimtrail.SpeakerOrganization},
	// the words before the last comma end the clause before: the body's name after it alone
	{"Varnish and foreign firms, Dorn's Ministry of Ferries", mention.Proper, "Dorn's Ministry of Ferries", "", "Dorn", claimtrail.SpeakerGovernment},
	// not before a body's name, a nationality or a word the table lacks
	{"Singer Harbour Company", mention.Proper, "Singer Harbour Company", "", "", claimtrail.SpeakerOrganization},
	{"Victim Support", mention.Proper, "Victim Support", "", "", claimtrail.SpeakerPerson},
	// a list of people, each with a description of their own, is each
	// person's name; a list whose conjunct is no name, or whose last
	// name has no description, reads as before (s15-names)
	{"Harbour chief executive Ada Vell and chief operating officer Tom Kell", mention.Proper, "Ada Vell and Tom Kell", "", "", claimtrail.SpeakerPerson},
	{"singer Ivo Brandt and drummer Tom Kell", mention.Proper, "Ivo Brandt and Tom Kell", "", "", claimtrail.SpeakerPerson},
	{"Health Secretary Ada Vell and Harbour peer Lord Kell", mention.Proper, "Ada Vell and Lord Kell", "", "", claimtrail.SpeakerPerson},
	{"Varnia's Ada Vell and Tom Kell and Green member Ivo Tyler", mention.Proper, "Ada Vell, Tom Kell and Ivo Tyler", "", "", claimtrail.SpeakerPerson},
	{"Ivo Brandt and film director Tom Kell -", mention.Proper, "Ivo Brandt and Tom Kell", "", "", claimtrail.SpeakerPerson},
	{"Producers Ada Vell and Tom G Kell", mention.Proper, "Ada Vell and Tom G Kell", "Producers", "", claimtrail.SpeakerPerson},
	{"Veteran Harbour MP and former Cabinet minister Tom Kell", mention.Proper, "Tom Kell", "Veteran Harbour MP and former Cabinet minister", "", claimtrail.SpeakerPerson},
	{"Trade and Industry Secretary Ada Vell", mention.Proper, "Ada Vell", "Trade and Industry Secretary", "", claimtrail.SpeakerPerson},
	// a list of names before a comma ends the clause before: one
	// person's role and name after it is the speaker (not a plural's
	// description, "the party's leaders")
	{"Ada Vell and Theresa Quill, the Harbour Party's elections chief Lord Kell", mention.Proper, "Lord Kell", "elections chief", "Harbour Party", claimtrail.SpeakerPerson},
	{"Ada Vell and Theresa Quill, the party's leaders", mention.Proper, "Ada Vell and Theresa Quill", "party's leaders", "", claimtrail.SpeakerPerson},
	// a figure before one name word opening the mention or after a
	// description opens the name; a quantity's word after a figure is
	// in lower case (s15-names)
	{"40 Kell", mention.Proper, "40 Kell", "", "", claimtrail.SpeakerPerson},
	{"US rap star 40 Kell", mention.Proper, "40 Kell", "rap star", "U.S.", claimtrail.SpeakerPerson},
	{"some 40 cent", mention.Descriptor, "", "", "", claimtrail.SpeakerUnknown},
	// a person's name, a preposition and a body described by any noun
	// is the person of that body, by its name alone; so is a body
	// after a comma and a preposition (s15-names)
	{"Graham Kell of box office tracker Harbour Relations", mention.Proper, "Graham Kell", "", "Harbour Relations", claimtrail.SpeakerPerson},
	{"Tom Vell of administrators Tom Vell & Partners", mention.Proper, "Tom Vell", "", "Tom Vell & Partners", claimtrail.SpeakerPerson},
	{"Ada Vell, for the Harbour Party", mention.Proper, "Ada Vell", "", "Harbour Party", claimtrail.SpeakerPerson},
	// a lower-case field after "of" / "for" is the role's portfolio, and
	// a capitalised possessor or name before the role word is the
	// affiliation (s16-roles)
	{"Ida Brandt, Tolvane's vice president of sales and marketing in Europe", mention.Proper, "Ida Brandt", "vice president of sales and marketing in Europe", "Tolvane", claimtrail.SpeakerPerson},
	{"Ravi Kell, Kessel's head of research", mention.Proper, "Ravi Kell", "head of research", "Kessel", claimtrail.SpeakerPerson},
	{"Owen Pryce, HPA director of harbour transport", mention.Proper, "Owen Pryce", "director of harbour transport", "HPA", claimtrail.SpeakerPerson},
	{"Nadia Ferro, a minister for coastal affairs", mention.Proper, "Nadia Ferro", "minister for coastal affairs", "", claimtrail.SpeakerPerson},
	{"Director of harbour transport Ada Vell", mention.Proper, "Ada Vell", "Director of harbour transport", "", claimtrail.SpeakerPerson},
	// an office whose preposition opens its portfolio is one role
	// (portfolio-offices.tsv)
	{"Nadia Ferro, Shadow Secretary of State for the Harbours", mention.Proper, "Nadia Ferro", "Shadow Secretary of State for the Harbours", "", claimtrail.SpeakerPerson},
	{"Ada Vell, Minister for Coastal Affairs", mention.Proper, "Ada Vell", "Minister for Coastal Affairs", "", claimtrail.SpeakerPerson},
	{"Ida Brandt, the health minister for Wales", mention.Proper, "Ida Brandt", "health minister", "Wales", claimtrail.SpeakerPerson},
	{"the new Harbour Secretary of State Ada Vell", mention.Proper, "Ada Vell", "new Harbour Secretary of State", "", claimtrail.SpeakerPerson},
	{"Minister for Coastal Affairs Ada Vell", mention.Proper, "Ada Vell", "Minister for Coastal Affairs", "", claimtrail.SpeakerPerson},
	// a body named after lower-case words describing it is named alone
	{"Ada Vell, analyst at brokers Kessel", mention.Proper, "Ada Vell", "analyst", "Kessel", claimtrail.SpeakerPerson},
	{"Ada Vell, head of bond trading at brokers Kessel", mention.Proper, "Ada Vell", "head of bond trading", "Kessel", claimtrail.SpeakerPerson},
	// an affiliation ends before a second title of the same person
	{"Ada Vell, strategist at Tolvane and chairman of the Harbour Group", mention.Proper, "Ada Vell", "strategist", "Tolvane", claimtrail.SpeakerPerson},
	{"Ada Vell, strategist at Tolvane and Kessel Partners", mention.Proper, "Ada Vell", "strategist", "Tolvane and Kessel Partners", claimtrail.SpeakerPerson},
	// guards: a body after the preposition stays the affiliation; a
	// figure keeps a name whole ("20th Century Harbour" is not "Century
	// Harbour"; the field before "at" is the role's: s17-names)
	{"Bruce Kell, president of domestic distribution at 20th Century Harbour", mention.Proper, "Bruce Kell", "president of domestic distribution", "20th Century Harbour", claimtrail.SpeakerPerson},
	{"Ada Vell, head of distribution at Kessel Films", mention.Proper, "Ada Vell", "head of distribution", "Kessel Films", claimtrail.SpeakerPerson},
	{"Ada Vell, editor of the Harbour Ledger", mention.Proper, "Ada Vell", "editor", "Harbour Ledger", claimtrail.SpeakerPerson},
	{"Ada Vell, principal of the college", mention.Proper, "Ada Vell", "principal", "college", claimtrail.SpeakerPerson},
	// a body's name holding a preposition or "and" before its possessive
	// is the affiliation whole, no role
	{"War on Thirst's Tom Kell", mention.Proper, "Tom Kell", "", "War on Thirst", claimtrail.SpeakerPerson},
	{"Friends of the Harbour's Ada Vell", mention.Proper, "Ada Vell", "", "Friends of the Harbour", claimtrail.SpeakerPerson},
	{"Kessel and Dorn's Ada Vell", mention.Proper, "Ada Vell", "", "Kessel and Dorn", claimtrail.SpeakerPerson},
	{"Marisca's Foreign Minister Elena Dosh", mention.Proper, "Elena Dosh", "Foreign Minister", "Marisca", claimtrail.SpeakerPerson},
	{"Friends of the Harbour's campaigner Tom Kell", mention.Proper, "Tom Kell", "campaigner", "Friends of the Harbour", claimtrail.SpeakerPerson},
	{"Bank of Marisca's Ada Vell", mention.Proper, "Ada Vell", "", "Bank of Marisca", claimtrail.SpeakerPerson},
	// ... but not a body's name holding a possessive, nor a field that
	// is a number (TestParser_ReadJoinedPossessor has more)
	{"The head of Kessel Brothers' school St Ada's, Tom Kell", mention.Proper, "Tom Kell", "head", "Kessel Brothers school St Ada's", claimtrail.SpeakerPerson},
	{"The president of one of Kessel's main Catholic organisations, Tom Kell", mention.Proper, "Tom Kell", "president", "one of Kessel's main Catholic organisations", claimtrail.SpeakerPerson},
	// a place's possessive before a body's name is no affiliation with
	// its "'s"; a title opening the name is neither body nor role; the
	// field after "head of" is the role's
	{"A spokesman for Kessel's Harbour Centre", mention.Proper, "Harbour Centre", "spokesman", "Kessel", claimtrail.SpeakerOrganization},
	{"head of marine biology at the Kessel Institute of Ocean Research Professor Ada Vell", mention.Proper, "Ada Vell", "head of marine biology", "Kessel Institute of Ocean Research", claimtrail.SpeakerPerson},
	{"spokesman for the Harbour Party Ada Vell", mention.Proper, "Ada Vell", "spokesman", "Harbour Party", claimtrail.SpeakerPerson},
	// another name after "aka" is an aside; "DJ" describes the name
	{"DJ Tom Kell - aka Big Fish -", mention.Proper, "Tom Kell", "DJ", "", claimtrail.SpeakerPerson},
	{"Tom Kell (aka Big Fish)", mention.Proper, "Tom Kell", "", "", claimtrail.SpeakerPerson},
}

// All names are invented but for the design's examples.
func TestParser_Read(t *testing.T) {
	lb, err := layer.New("en", layer.Options{})
	if err != nil {
		t.Fatal(err)
	}
	p, err := mention.New("en")
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range readCases {
		t.Run(tt.in, func(t *testing.T) {
			d := lb.Build(tt.in, time.Time{})
			m := p.Read(d, 0, len(d.Toks))
			if m.Kind != tt.kind || m.Name != tt.name || m.Role != tt.role || m.Affiliation != tt.affil || m.Type != tt.typ {
				t.Errorf("got %d %q role %q affiliation %q %s; want %d %q role %q affiliation %q %s",
					m.Kind, m.Name, m.Role, m.Affiliation, m.Type, tt.kind, tt.name, tt.role, tt.affil, tt.typ)
			}
		})
	}
}

// A transcript's label in capitals is no body's initials.
// A one-word description opening a name run is no name word and no part
// of the name (the speaker package reads headlines' names with these).
func TestParser_DescriptionNoNameWord(t *testing.T) {
	p, err := mention.New("en")
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		w              string
		nameWord, open bool
	}{
		{"Mogul", false, true}, {"Boss", false, true}, {"Bookmaker", false, true},
		{"Tony", true, false}, {"Kell", true, false}, {"But", true, true},
	} {
		if got := p.IsNameWord(tt.w); got != tt.nameWord {
			t.Errorf("IsNameWord(%q) = %v, want %v", tt.w, got, tt.nameWord)
		}
		if got := p.IsOpener(tt.w); got != tt.open {
			t.Errorf("IsOpener(%q) = %v, want %v", tt.w, got, tt.open)
		}
	}
}

func TestParser_ReadTranscriptLabel(t *testing.T) {
	lb, err := layer.New("en", layer.Options{})
	if err != nil {
		t.Fatal(err)
	}
	p, err := mention.New("en")
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		in   string
		kind mention.Kind
		typ  string
	}{
		{"KELL: We won the vote.", mention.Surname, claimtrail.SpeakerUnknown},
		{"KRX said it won the vote.", mention.Proper, claimtrail.SpeakerOrganization},
	} {
		d := lb.Build(tt.in, time.Time{})
		if m := p.Read(d, 0, 1); m.Kind != tt.kind || m.Type != tt.typ {
			t.Errorf("%q: got %d %s, want %d %s", tt.in, m.Kind, m.Type, tt.kind, tt.typ)
		}
	}
}

// A run the tagger cut inside a noun phrase reads as the phrase: the
// document a figure of people was of speaks.
func TestParser_ReadRun(t *testing.T) {
	lb, err := layer.New("en", layer.Options{})
	if err != nil {
		t.Fatal(err)
	}
	p, err := mention.New("en")
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct{ text, run, name string }{
		{"The survey of more than 1,000 people reported a fall.", "1,000 people", "survey of more than 1,000 people"},
		{"A study of 2,000 adults found a fall.", "2,000 adults", "study of 2,000 adults"},
		{"Prices rose. 1,000 people said so.", "1,000 people", "1,000 people"},
		// the name right after a run ending in a role or body noun is the
		// speaker's, set off by commas or not; a list after it is not
		{"According to figures gathered by the harbour watchdog, Kestrom, the port grew.", "figures gathered by the harbour watchdog", "Kestrom"},
		{"The party's harbour spokesman Ada Vell said so.", "The party's harbour spokesman", "Ada Vell"},
		{"The harbour watchdog, Kestrom and Varn, said so.", "The harbour watchdog", "harbour watchdog"},
		{"The harbour watchdog said so. Kestrom agreed.", "The harbour watchdog", "harbour watchdog"},
		// a title whose surname the tagger cut off into the cue is read
		// with it (s15-names)
		{"Lord Vellan even suggested the port should close.", "Lord", "Lord Vellan"},
		{"Trade fell, which Mr Kell described as a blow.", "Mr", "Mr Kell"},
		// a run inside a relative clause set off by commas that closes
		// right after it is none of the speaker: the name before the
		// clause is (s15-names)
		{"Kessel, which recently lost deals with Harbour and Dorn, said it had signed a deal.", "Harbour and Dorn,", "Kessel"},
		{"Ada Vell, whose film is in competition for the festival's awards, said she was pleased.", "the festival's awards", "Ada Vell"},
		// the run may end inside the clause's last noun phrase, and a
		// described host speaks too; a verb's object does not (s16-speakers2)
		{"MP Ada Vell, who was part of the Dorn inquiry, told the BBC so.", "Dorn", "Ada Vell"},
		{"The firm, which is to receive a payment from Harbour Bank, said it would grow.", "a payment from Harbour Bank,", "firm"},
		{"The young actor, who was born in the capital Varna, said he was glad.", "the capital Varna,", "young actor"},
		{"She beat a strong field, which included Ada Vell, to win.", "Ada Vell,", "Ada Vell"},
		// an aside of a participle, of a preposition after a name, or a
		// description between dashes: the host speaks; not "by" (the
		// author's) nor "according to" (a source of its own)
		{"Hal Dorn, for the Greens, attacked the plan.", "the Greens,", "Hal Dorn"},
		{"A senior official, speaking to the paper's editor Tom Rusk, said so.", "the paper's editor Tom Rusk,", "A senior official"},
		{"Judge Ida Marrow, sitting with Lord Brant, ruled so.", "Lord Brant,", "Ida Marrow"},
		{"Mr Kell - a supporter of the pact in the 1990s - said so.", "the 1990s -", "Mr Kell"},
		{"The claims in Kell's Harbour, by writer Ada Vell, which suggested so.", "writer Ada Vell,", "Ada Vell"},
		{"Meanwhile, according to Harbour Bank, prices will rise.", "Harbour Bank,", "Harbour Bank"},
		{"Tolvane, once among the biggest of the harbour firms, said so.", "the biggest of the harbour firms,", "Tolvane"},
	} {
		d := lb.Build(tt.text, time.Time{})
		at := strings.Index(tt.text, tt.run)
		first, last := d.TokenAt(at), d.TokenAt(at+len(tt.run))
		if m := p.Read(d, first, last); m.Name != tt.name {
			t.Errorf("%q, run %q: got name %q, want %q", tt.text, tt.run, m.Name, tt.name)
		}
	}
}

func TestParser_Key(t *testing.T) {
	p, err := mention.New("en")
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct{ in, want string }{
		{"Mr Vell", "vell"}, {"Sir Ravi  Vell", "sir ravi vell"}, {"Lord Vell", "lord vell"}, {"Dr. Orla Vell", "orla vell"},
		{"Mr", "mr"}, {"Earlier Mr Vell", "vell"}, {"Tolvane Corp", "tolvane corp"}, {"", ""},
		// a woman's title stays: Mrs Vell is not the Ravi Vell a store knows as Vell
		{"Mrs Vell", "mrs vell"}, {"Ms. Orla Vell", "orla vell"},
		// spacing as strings.Fields reads it
		{" Mr\tVell ", "vell"}, {"Orla\u00a0Vell", "orla vell"}, {"orla vell", "orla vell"}, {"  ", ""},
	} {
		if got := p.Key(tt.in); got != tt.want {
			t.Errorf("Key(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// FuzzParse checks that any phrase parses without a panic.
func FuzzParse(f *testing.F) {
	for _, s := range []string{"U.S. National Security Adviser Jake Sullivan", "Sen. Ada Quill (D-Ore.)", "(", "( R-", "'s", "the", "Ida Brandt, who", "a plan which critics", "X, led by", "rows came after Mr Kell", "Ida Brandt, from the", "head of sales at", "Zing! (",
		"analysts Kessel//", "A/B", "Ravi Kell, Harbour Association", "Last month", "November the", "and Northern Varnia, Mr", "watchdog, Kestrom, the port", "minister German",
		"Boss Ada", "Bookmaker (", "Chief Executive Ada", "the Harbour Federation of the", "Both the HFB (", "Kessel (KB), Vell and", ", and", "A (B) and C (D)"} {
		f.Add(s)
	}
	lb, err := layer.New("en", layer.Options{})
	if err != nil {
		f.Fatal(err)
	}
	p, err := mention.New("en")
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d := lb.Build(s, time.Time{})
		p.Read(d, 0, len(d.Toks))
		p.Read(d, 0, len(d.Toks)/2) // a run that stops inside the text: the name after a role word
	})
}

func TestParser_NameGender(t *testing.T) {
	p, err := mention.New("en")
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct{ name, want string }{
		{"Naomi Kell", "f"},   // a woman's given name
		{"Mr Kell", "m"},      // a title
		{"Ms Ravi Kell", "f"}, // the title first
		{"Ravi Kell", ""},     // a man's name says nothing the store needs
		{"Andrea Kell", ""},   // as often a man's
		{"Naomi", ""},         // a given name alone may be a surname
		{"Varnia", ""},
	} {
		if got := p.NameGender(tt.name); got != tt.want {
			t.Errorf("NameGender(%q) = %q, want %q", tt.name, got, tt.want)
		}
	}
}

// A description after a comma whose role word titles a name of its own
// is no apposition of the names before it: the speaker is that name.
// The phrase is invented; its role is left unread (the names before it
// are a list the tagger ran over).
func TestParser_Read_RoleTitlingAName(t *testing.T) {
	lb, err := layer.New("en", layer.Options{})
	if err != nil {
		t.Fatal(err)
	}
	p, err := mention.New("en")
	if err != nil {
		t.Fatal(err)
	}
	phrase := "Ravi Kell and Ida Brandt, Harbour party's elections chief Lord Vell"
	d := lb.Build(phrase+" said so.", time.Time{})
	n := 0
	for n < len(d.Toks) && d.Toks[n].Text(d.Text) != "said" {
		n++
	}
	if m := p.Read(d, 0, n); m.Name != "Lord Vell" || m.Type != claimtrail.SpeakerPerson {
		t.Errorf("got %q (%s), want Lord Vell (person)", m.Name, m.Type)
	}
}

// A name holding a preposition before a possessive is an affiliation only
// when it owns a name or a person's role and is no person's possessive;
// only the affiliation is checked (the names these mentions give are
// the tagger's runs, no one's).
func TestParser_ReadJoinedPossessor(t *testing.T) {
	lb, err := layer.New("en", layer.Options{})
	if err != nil {
		t.Fatal(err)
	}
	p, err := mention.New("en")
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct{ in, affil string }{
		{"Creditors of Marisca's top credit card firm", ""},
		{"Ahead of Mr Kell's launch, a Harbour spokesperson", ""},
		{"Friends of the Harbour's campaigner Tom Kell", "Friends of the Harbour"},
	} {
		d := lb.Build(tt.in, time.Time{})
		if m := p.Read(d, 0, len(d.Toks)); m.Affiliation != tt.affil {
			t.Errorf("%q: affiliation %q, want %q", tt.in, m.Affiliation, tt.affil)
		}
	}
}

## Parts every notice shares (English, as Indian official notices write it: en-IN).
## Functions: NUMBER($n) groups digits the Indian way (2,18,000); DATE($t) gives the long
## date with the weekday, "Monday, 24 November 2025" (DATE($t, weekday: "none") without it,
## and DATE($t, weekday: "none", year: "none") only day and month); WEEKDAY($t) the weekday
## alone; DATE and WEEKDAY with night: "previous-day" give, for a moment in the small hours
## (00:00–03:59), the day before, whose night it ends; TIME($t, period: "am-pm") the
## 12-hour clock with CLDR's AM/PM ("10:00 AM"); DAYPERIOD($t) the CLDR day period.
## Messages that say a moment also get $small-hours: yes from 00:00 to 03:59.
##
## Glossary: times read "10:00 AM", "2:00 PM": the am/pm names are CLDR's for en-IN (through
## ICU4X; CLDR's en-001 would give "am"), and CLDR's data wins over a style guide; dates
## "Monday, 24 November 2025"; a moment in a sentence "10:00 AM on Monday, 24 November 2025"
## (moment). Midnight: "12:00 AM on Monday"
## is misread by many as the end of Monday, so a moment from 00:00 to 03:59 is said with the
## night it ends: "12:00 AM on the night of Sunday, 23 November 2025". Where English needs
## no such help (a meeting's date line, an SMS, which say the calendar date with AM/PM) the
## calendar date is used.

notice-heading = Notice

# $reference: the office's outward reference number, printed as given.
reference-line = Ref. No.: { $reference }

# $issued: the date of issue.
issued-line = Date: { DATE($issued, weekday: "none") }

# A time of day: "10:00 AM". $time: a date and time.
clock = { TIME($time, period: "am-pm") }

# A moment as a sentence says it: "10:00 AM on Monday, 24 November 2025"; the small hours
# with the night they end: "12:00 AM on the night of Sunday, 23 November 2025".
# $time: a date and time; $small-hours: yes from 00:00 to 03:59.
moment = { $small-hours ->
        [yes] { clock } on the night of { DATE($time, night: "previous-day") }
       *[no] { clock } on { DATE($time) }
    }

contacts-heading = Contact

## Helplines. Printed and plain-text notices name them in one sentence ("For more
## information, please call Toll-free 1912 or 1800-212-3435."); a WhatsApp message keeps
## them as a list under contacts-heading, one number a line, which scans better on a phone.

# The numbers that share one label: "Toll-free 1912 or 1800-212-3435".
# $phones: the numbers joined with "or"; $label: the label, when $has-label is yes.
contact-group = { $has-label ->
        [yes] { $label } { $phones }
       *[no] { $phones }
    }

# $contacts: the contact groups joined with "and". English needs no count of numbers.
contacts-sentence = For more information, please call { $contacts }.

# Ends a sentence of the data's own text that lacks an ending: ".".
# $text: the sentence.
sentence = { $text }.

## Updates and cancellations (status: update | cancel). An update is a full notice that
## replaces an earlier one: under the letterhead it says "Revised notice", names the notice
## it replaces and what changed. A cancellation says what is cancelled in its kind's words
## (<kind>-cancelled), or in notice-cancelled for a kind without them.

# The heading of a revised notice. $revision: postponed, extended or none (as in mr-IN).
notice-revised = { $revision ->
        [postponed] Revised notice (postponement)
        [extended] Revised notice (extension)
       *[none] Revised notice
    }

# The heading of a cancellation.
notice-cancelled-heading = Notice cancelled

# The notice this one replaces or cancels. $status: update or cancel; $supersedes: the
# earlier notice's id, printed as given.
supersedes-line = { $status ->
        [update] This revised notice replaces notice no. { $supersedes }.
       *[cancel] Ref.: notice no. { $supersedes }
    }

# What changed (update) or why it is cancelled. $change: the data's text, without its full
# stop; $status: update or cancel.
change-line = { $status ->
        [update] What has changed: { $change }.
       *[cancel] Reason: { $change }.
    }

# A cancellation of a kind that has no words of its own for one: "The notice for Kothrud
# and Karvenagar, effective from 3 December 2025, has been cancelled." The date is when the
# cancelled notice was to apply (not the day it was issued): "effective from".
# $supersedes: the id (said only when nothing else is); $date: the first date of the cancelled notice, when $has-date is yes;
# $areas: its first list (areas, zones), joined, when $has-areas is yes.
notice-cancelled = { $has-areas ->
        [yes] { $has-date ->
            [yes] The notice for { $areas }, effective from { DATE($date, weekday: "none") }, has been cancelled.
           *[no] The notice for { $areas } has been cancelled.
        }
       *[no] { $has-date ->
            [yes] The notice effective from { DATE($date, weekday: "none") } has been cancelled.
           *[no] Notice no. { $supersedes } has been cancelled.
        }
    }

## Short forms for SMS. An SMS must match a template registered on DLT, where each
## variable holds at most 30 characters: these fill the variables.

# A date and time: "10:00 AM on 24 November" (24 characters at most). The calendar date:
# "12:30 AM on 24 November" is plain with AM/PM, so English needs no $small-hours here.
# $time: a date and time.
sms-moment = { clock } on { DATE($time, weekday: "none", year: "none") }

# A date without year: "19 September". $time: a date and time.
sms-date = { DATE($time, weekday: "none", year: "none") }

# A time whose date is already said: "2:00 PM". $time: a date and time.
sms-clock = { clock }

# The last item of a shortened list of areas: "Wai, Pasarni and 2 other" (the SMS adds
# "areas"). $more: how many areas are left out.
sms-more-areas = { NUMBER($more) } other

# The number to call, at the end of an SMS. $phone: as given.
sms-contact = Contact: { $phone }

## WhatsApp Business templates: the first and last lines of a template's body, around the
## SMS's sentences (Meta refuses a variable at either end of a body, and wants fixed words
## enough for its variables). No variables.

whatsapp-template-greeting = Dear Sir/Madam,
whatsapp-template-closing = Please take note of this notice. Thank you.

# Heads the SMS of a revised notice (status: update, postponed or extended), before its
# usual text. $revision: as in notice-revised.
sms-revised = { $revision ->
        [postponed] (Revised notice: postponed)
        [extended] (Revised notice: extended)
       *[none] (Revised notice)
    }

# The SMS of a cancellation of a kind that has no SMS words of its own for one, after
# "$org: ": "The notice for Kothrud and Karvenagar, effective from 3 December, 9:00 AM, has
# been cancelled." $from: when the cancelled notice was to apply (sms-moment or sms-date),
# when $has-date is yes; $areas: its first list, shortened as in every SMS, unless
# $area-list is none; $supersedes: the id it cancels, said only when nothing else is.
sms-notice-cancelled = { $area-list ->
        [none] { $has-date ->
            [yes] The notice effective from { $from } has been cancelled.
           *[no] Notice no. { $supersedes } has been cancelled.
        }
       *[other] { $has-date ->
            [yes] The notice for { sms-notice-cancelled-for }, effective from { $from }, has been cancelled.
           *[no] The notice for { sms-notice-cancelled-for } has been cancelled.
        }
    }

# Whom a cancellation's SMS is for: "Kothrud and Karvenagar"; a shortened list "the Wai,
# Pasarni and 2 other areas". $areas, $area-list as in sms-notice-cancelled.
sms-notice-cancelled-for = { $area-list ->
        [partial] the { $areas } areas
       *[other] { $areas }
    }

## Parts every notice shares (हिन्दी).
## Functions: NUMBER($n) groups digits the Indian way in the locale's digits; DATE($t) gives
## the long date with the weekday (DATE($t, weekday: "none") without it, and
## DATE($t, weekday: "none", year: "none") only day and month); WEEKDAY($t) the weekday
## alone; DATE and WEEKDAY with night: "previous-day" give, for a moment in the small hours
## (00:00–03:59), the day before, whose night it ends; TIME($t) the 12-hour clock time
## without a day period; DAYPERIOD($t) the CLDR day period of $t (midnight for 00:00–00:59,
## morning1, afternoon1, evening1, night1), for choosing the word before the time.
## Messages that say a moment also get $small-hours: yes from 00:00 to 03:59.
##
## Glossary: dates in running text read "सोमवार, 24 नवंबर 2025 को" (moment).
## Midnight: "24 नवंबर को रात 12:00 बजे" reads as the end of the 24th, and "25 नवंबर को रात
## 1:00 बजे" as the night after the 25th. So a moment from 00:00 to 03:59 is always said
## with the night it ends, the day before: "रविवार, 23 नवंबर 2025 की मध्यरात्रि 12:00 बजे",
## "… की रात 1:30 बजे"; and a span that ends then ends on its own night ("रात 10:00 बजे से
## मध्यरात्रि 12:00 बजे तक").

# The same word in Marathi.
# check: same-in-both
notice-heading = सूचना

# $reference: the office's outward reference number, printed as given.
reference-line = पत्रांक: { $reference }

# $issued: the date of issue. The same words in Marathi.
# check: same-in-both
issued-line = दिनांक: { DATE($issued, weekday: "none") }

# A time of day with its day-period word: "सुबह 10:00"; 00:00 to 00:59 is
# "मध्यरात्रि 12:00", "मध्यरात्रि 12:30".
# $time: a date and time.
clock = { DAYPERIOD($time) ->
        [midnight] मध्यरात्रि
        [morning1] सुबह
        [afternoon1] दोपहर
        [evening1] शाम
       *[night1] रात
    } { TIME($time) }

# A moment as a sentence says it: "सोमवार, 24 नवंबर 2025 को सुबह 10:00"; the small hours
# with the night they end: "रविवार, 23 नवंबर 2025 की मध्यरात्रि 12:00".
# $time: a date and time; $small-hours: yes from 00:00 to 03:59.
# (The weekday comes with the date: Hindi notices write no दि.)
moment = { $small-hours ->
        [yes] { DATE($time, night: "previous-day") } की { clock }
       *[no] { DATE($time) } को { clock }
    }

# The same word in Marathi.
# check: same-in-both
contacts-heading = संपर्क

## Helplines. Printed and plain-text notices name them in one sentence, as real notices do
## ("… टोल-फ्री 1912 या 1800-212-3435 पर संपर्क करें।"); a WhatsApp message keeps them as
## a list under contacts-heading, one number a line, which scans better on a phone.

# The numbers that share one label: "टोल-फ्री 1912 या 1800-212-3435".
# $phones: the numbers joined with "या"; $label: the label, when $has-label is yes.
# The same words in Marathi.
# check: same-in-both
contact-group = { $has-label ->
        [yes] { $label } { $phones }
       *[no] { $phones }
    }

# $contacts: the contact groups joined with "और". Hindi's "पर" needs no number, so
# $phone-count (Marathi's क्रमांकावर / क्रमांकांवर) is not used.
contacts-sentence = अधिक जानकारी के लिए { $contacts } पर संपर्क करें।

# Ends a sentence of the data's own text that lacks an ending: "।".
# $text: the sentence.
sentence = { $text }।

## Updates and cancellations (status: update | cancel). An update is a full notice that
## replaces an earlier one: under the letterhead it says "संशोधित सूचना", names the notice it
## replaces and what changed. A cancellation says what is cancelled in its kind's words
## (<kind>-cancelled), or in notice-cancelled for a kind without them.

# The heading of a revised notice. $revision: postponed, extended or none (as in mr-IN).
notice-revised = { $revision ->
        [postponed] संशोधित सूचना (स्थगन)
        [extended] संशोधित सूचना (अवधि विस्तार)
       *[none] संशोधित सूचना
    }

# The heading of a cancellation ("रद्द" in Hindi notices as in Marathi ones).
# check: same-in-both
notice-cancelled-heading = सूचना रद्द

# The notice this one replaces or cancels. $status: update or cancel; $supersedes: the
# earlier notice's id, printed as given.
supersedes-line = { $status ->
        [update] पूर्व सूचना क्र. { $supersedes } के स्थान पर यह संशोधित सूचना जारी की जाती है।
       *[cancel] संदर्भ: सूचना क्र. { $supersedes }
    }

# What changed (update) or why it is cancelled. $change: the data's text, without its full
# stop; $status: update or cancel.
change-line = { $status ->
        [update] परिवर्तन: { $change }।
       *[cancel] कारण: { $change }।
    }

# A cancellation of a kind that has no words of its own for one: "कोथरूड और कर्वेनगर के
# लिए 3 दिसंबर 2025 से लागू होने वाली सूचना रद्द कर दी गई है।" The date is when the
# cancelled notice was to apply (not the day it was issued): "से लागू होने वाली".
# $supersedes: the id (said only when nothing else is); $date: the first date of the cancelled notice, when $has-date is yes;
# $areas: its first list (areas, zones), joined, when $has-areas is yes.
notice-cancelled = { $has-areas ->
        [yes] { $has-date ->
            [yes] { $areas } के लिए { DATE($date, weekday: "none") } से लागू होने वाली सूचना रद्द कर दी गई है।
           *[no] { $areas } के लिए जारी सूचना रद्द कर दी गई है।
        }
       *[no] { $has-date ->
            [yes] { DATE($date, weekday: "none") } से लागू होने वाली सूचना रद्द कर दी गई है।
           *[no] सूचना क्र. { $supersedes } रद्द कर दी गई है।
        }
    }

## Short forms for SMS. An SMS must match a template registered on DLT, where each
## variable holds at most 30 characters: these fill the variables.

# A date and time: "24 नवंबर को सुबह 10:00 बजे"; the small hours with the night they end:
# "23 नवंबर की रात 12:00 बजे". $time: a date and time; $small-hours: yes from 00:00 to
# 03:59. Not "की मध्यरात्रि 12:00 बजे" as in the notice itself: it overflows the 30
# characters of a DLT variable ("31 अक्तूबर की मध्यरात्रि 12:00 बजे" is 34); these forms
# fit every date and time (29 at most).
# English needs no $small-hours in its SMS (AM/PM says the calendar day plainly).
# check: allow variable-mismatch
sms-moment = { $small-hours ->
        [yes] { DATE($time, weekday: "none", year: "none", night: "previous-day") } की रात { TIME($time) } बजे
       *[no] { DATE($time, weekday: "none", year: "none") } को { clock } बजे
    }

# A date without year: "19 सितंबर"; for the small hours the day before, whose night they
# end. $time: a date and time.
# check: same-in-both
sms-date = { DATE($time, weekday: "none", year: "none", night: "previous-day") }

# A time whose date is already said: "दोपहर 2:00 बजे". $time: a date and time.
sms-clock = { clock } बजे

# The last item of a shortened list of areas: "वाई, पसरणी और 2 अन्य".
# $more: how many areas are left out.
sms-more-areas = { NUMBER($more) } अन्य

# The number to call, at the end of an SMS. $phone: as given.
# check: same-in-both
sms-contact = संपर्क: { $phone }

## WhatsApp Business templates: the first and last lines of a template's body, around the
## SMS's sentences (Meta refuses a variable at either end of a body, and wants fixed words
## enough for its variables). No variables.

# check: same-in-both
whatsapp-template-greeting = नमस्कार,
whatsapp-template-closing = कृपया इस सूचना पर ध्यान दें। धन्यवाद।

# Heads the SMS of a revised notice (status: update, postponed or extended), before its
# usual text. $revision: as in notice-revised.
sms-revised = { $revision ->
        [postponed] (संशोधित सूचना: स्थगन)
        [extended] (संशोधित सूचना: अवधि विस्तार)
       *[none] (संशोधित सूचना)
    }

# The SMS of a cancellation of a kind that has no SMS words of its own for one, after
# "$org: ": "कोथरूड और कर्वेनगर के लिए 3 दिसंबर, सुबह 9:00 से लागू होने वाली सूचना रद्द कर
# दी गई है।" $from: when the cancelled notice was to apply (sms-moment or sms-date), when
# $has-date is yes; $areas: its first list, shortened as in every SMS, unless $area-list is
# none; $supersedes: the id it cancels, said only when nothing else is.
sms-notice-cancelled = { $area-list ->
        [none] { $has-date ->
            [yes] { $from } से लागू होने वाली सूचना रद्द कर दी गई है।
           *[no] सूचना क्र. { $supersedes } रद्द कर दी गई है।
        }
       *[other] { $has-date ->
            [yes] { sms-notice-cancelled-for } { $from } से लागू होने वाली सूचना रद्द कर दी गई है।
           *[no] { sms-notice-cancelled-for } जारी सूचना रद्द कर दी गई है।
        }
    }

# Whom a cancellation's SMS is for: "कोथरूड और कर्वेनगर के लिए"; a shortened list "वाई,
# पसरणी और 2 अन्य क्षेत्रों के लिए". $areas, $area-list as in sms-notice-cancelled.
sms-notice-cancelled-for = { $area-list ->
        [partial] { $areas } क्षेत्रों के लिए
       *[other] { $areas } के लिए
    }

## Parts every notice shares (मराठी).
## Functions: NUMBER($n) groups digits the Indian way in the locale's digits; DATE($t) gives
## the long date with the weekday (DATE($t, weekday: "none") without it, and
## DATE($t, weekday: "none", year: "none") only day and month); WEEKDAY($t) the weekday
## alone; DATE and WEEKDAY with night: "previous-day" give, for a moment in the small hours
## (00:00–03:59), the day before, whose night it ends; TIME($t) the 12-hour clock time
## without a day period; DAYPERIOD($t) the CLDR day period of $t (midnight for 00:00–00:59,
## morning1, morning2, afternoon1, evening1, night1), for choosing the word before the time.
## Messages that say a moment also get $small-hours: yes from 00:00 to 03:59.
##
## Glossary: dates in running text read "सोमवार, दि. २४ नोव्हेंबर २०२५ रोजी" (moment).
## Midnight: "२४ नोव्हेंबर रोजी रात्री १२:००" reads as the end of the 24th, and "२५ रोजी
## रात्री १:००" as the night after the 25th. So a moment from 00:00 to 03:59 is always said
## with the night it ends, the day before: "रविवार, दि. २३ नोव्हेंबर २०२५च्या मध्यरात्री
## १२:००", "…च्या रात्री १:३०"; and a span that ends then ends on its own night
## ("रात्री १०:०० ते मध्यरात्री १२:०० वाजेपर्यंत").

notice-heading = सूचना

# $reference: the office's outward reference number, printed as given.
reference-line = जा. क्र.: { $reference }

# $issued: the date of issue.
issued-line = दिनांक: { DATE($issued, weekday: "none") }

# A time of day with its locative day-period word: "सकाळी १०:००"; 00:00 to 00:59 is
# "मध्यरात्री १२:००", "मध्यरात्री १२:३०". $time: a date and time.
clock = { DAYPERIOD($time) ->
        [midnight] मध्यरात्री
        [morning1] पहाटे
        [morning2] सकाळी
        [afternoon1] दुपारी
        [evening1] सायंकाळी
        [evening2] सायंकाळी
       *[night1] रात्री
    } { TIME($time) }

# A moment as a sentence says it: "सोमवार, दि. २४ नोव्हेंबर २०२५ रोजी सकाळी १०:००"; the
# small hours with the night they end: "रविवार, दि. २३ नोव्हेंबर २०२५च्या मध्यरात्री १२:००".
# $time: a date and time; $small-hours: yes from 00:00 to 03:59.
moment = { $small-hours ->
        [yes] { WEEKDAY($time, night: "previous-day") }, दि. { DATE($time, weekday: "none", night: "previous-day") }च्या { clock }
       *[no] { WEEKDAY($time) }, दि. { DATE($time, weekday: "none") } रोजी { clock }
    }

contacts-heading = संपर्क

## Helplines. Printed and plain-text notices name them in one sentence, as real notices do
## ("… टोल-फ्री 1912 किंवा 1800-212-3435 या क्रमांकांवर संपर्क साधावा."); a WhatsApp
## message keeps them as a list under contacts-heading, one number a line, which scans
## better on a phone.

# The numbers that share one label: "टोल-फ्री 1912 किंवा 1800-212-3435".
# $phones: the numbers joined with "किंवा"; $label: the label, when $has-label is yes.
contact-group = { $has-label ->
        [yes] { $label } { $phones }
       *[no] { $phones }
    }

# $contacts: the contact groups joined with "आणि"; $phone-count: how many numbers
# (क्रमांकावर / क्रमांकांवर; Hindi's "पर" needs no count).
# check: allow variable-mismatch
contacts-sentence = अधिक माहितीसाठी { $contacts } { $phone-count ->
        [one] या क्रमांकावर
       *[other] या क्रमांकांवर
    } संपर्क साधावा.

# Ends a sentence of the data's own text that lacks an ending: ".".
# $text: the sentence.
sentence = { $text }.

## Updates and cancellations (status: update | cancel). An update is a full notice that
## replaces an earlier one: under the letterhead it says "सुधारित सूचना", names the notice it
## replaces and what changed. A cancellation says what is cancelled in its kind's words
## (<kind>-cancelled), or in notice-cancelled for a kind without them.

# The heading of a revised notice. $revision: postponed (it moves what the earlier notice
# announced later: "स्थगिती"), extended (makes it last longer: "मुदतवाढ"), or none.
notice-revised = { $revision ->
        [postponed] सुधारित सूचना (स्थगिती)
        [extended] सुधारित सूचना (मुदतवाढ)
       *[none] सुधारित सूचना
    }

# The heading of a cancellation.
notice-cancelled-heading = सूचना रद्द

# The notice this one replaces or cancels. $status: update or cancel; $supersedes: the
# earlier notice's id, printed as given.
supersedes-line = { $status ->
        [update] पूर्वीच्या सूचना क्र. { $supersedes } ऐवजी ही सुधारित सूचना देण्यात येत आहे.
       *[cancel] संदर्भ: सूचना क्र. { $supersedes }
    }

# What changed (update) or why it is cancelled. $change: the data's text, without its full
# stop; $status: update or cancel.
change-line = { $status ->
        [update] बदल: { $change }.
       *[cancel] कारण: { $change }.
    }

# A cancellation of a kind that has no words of its own for one: "कोथरूड आणि कर्वेनगर
# परिसरासाठी दि. ३ डिसेंबर २०२५ पासून लागू होणारी सूचना रद्द करण्यात आली आहे." The date is
# when the cancelled notice was to apply (not the day it was issued): "पासून लागू होणारी".
# $supersedes: the id (said only when nothing else is); $date: the first date of the cancelled notice, when $has-date is yes;
# $areas: its first list (areas, zones), joined, when $has-areas is yes.
notice-cancelled = { $has-areas ->
        [yes] { $has-date ->
            [yes] { $areas } परिसरासाठी दि. { DATE($date, weekday: "none") } पासून लागू होणारी सूचना रद्द करण्यात आली आहे.
           *[no] { $areas } परिसरासाठीची सूचना रद्द करण्यात आली आहे.
        }
       *[no] { $has-date ->
            [yes] दि. { DATE($date, weekday: "none") } पासून लागू होणारी सूचना रद्द करण्यात आली आहे.
           *[no] सूचना क्र. { $supersedes } रद्द करण्यात आली आहे.
        }
    }

## Short forms for SMS. An SMS must match a template registered on DLT, where each
## variable holds at most 30 characters: these fill the variables.

# A date and time: "२४ नोव्हेंबर, सकाळी १०:००"; the small hours with the night they end:
# "२३ नोव्हेंबरच्या रात्री १२:००". $time: a date and time; $small-hours: yes from 00:00
# to 03:59. Not "२४ नोव्हेंबर रोजी सकाळी …" nor "…च्या मध्यरात्री १२:००" as in the notice
# itself: those overflow the 30 characters of a DLT variable ("२८ फेब्रुवारी रोजी सायंकाळी
# ८:३०" is 32). These forms fit every date and time (30 at most).
# English needs no $small-hours in its SMS (AM/PM says the calendar day plainly).
# check: allow variable-mismatch
sms-moment = { $small-hours ->
        [yes] { DATE($time, weekday: "none", year: "none", night: "previous-day") }च्या रात्री { TIME($time) }
       *[no] { DATE($time, weekday: "none", year: "none") }, { clock }
    }

# A date without year: "१९ सप्टेंबर"; for the small hours the day before, whose night
# they end. $time: a date and time.
sms-date = { DATE($time, weekday: "none", year: "none", night: "previous-day") }

# A time whose date is already said: "दुपारी २:००". $time: a date and time.
sms-clock = { clock }

# The last item of a shortened list of areas: "वाई, पसरणी आणि इतर २".
# $more: how many areas are left out.
sms-more-areas = इतर { NUMBER($more) }

# The number to call, at the end of an SMS. $phone: as given.
# check: same-in-both
sms-contact = संपर्क: { $phone }

## WhatsApp Business templates: the first and last lines of a template's body, around the
## SMS's sentences (Meta refuses a variable at either end of a body, and wants fixed words
## enough for its variables). No variables.

# check: same-in-both
whatsapp-template-greeting = नमस्कार,
whatsapp-template-closing = कृपया या सूचनेची नोंद घ्यावी. धन्यवाद.

# Heads the SMS of a revised notice (status: update, postponed or extended), before its
# usual text. $revision: as in notice-revised.
sms-revised = { $revision ->
        [postponed] (सुधारित सूचना: स्थगिती)
        [extended] (सुधारित सूचना: मुदतवाढ)
       *[none] (सुधारित सूचना)
    }

# The SMS of a cancellation of a kind that has no SMS words of its own for one, after
# "$org: ": "कोथरूड आणि कर्वेनगर परिसरासाठी ३ डिसेंबर, सकाळी ९:०० पासून लागू होणारी सूचना रद्द
# करण्यात आली आहे." $from: when the cancelled notice was to apply (sms-moment or sms-date),
# when $has-date is yes; $areas: its first list, shortened as in every SMS, unless
# $area-list is none; $supersedes: the id it cancels, said only when nothing else is.
sms-notice-cancelled = { $area-list ->
        [none] { $has-date ->
            [yes] { $from } पासून लागू होणारी सूचना रद्द करण्यात आली आहे.
           *[no] सूचना क्र. { $supersedes } रद्द करण्यात आली आहे.
        }
       *[other] { $has-date ->
            [yes] { sms-notice-cancelled-for } { $from } पासून लागू होणारी सूचना रद्द करण्यात आली आहे.
           *[no] { sms-notice-cancelled-for }ची सूचना रद्द करण्यात आली आहे.
        }
    }

# Whom a cancellation's SMS is for: "कोथरूड आणि कर्वेनगर परिसरासाठी"; a shortened list
# "वाई, पसरणी आणि इतर २ भागांसाठी". $areas, $area-list as in sms-notice-cancelled.
sms-notice-cancelled-for = { $area-list ->
        [partial] { $areas } भागांसाठी
       *[other] { $areas } परिसरासाठी
    }

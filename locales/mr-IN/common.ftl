## Parts every notice shares (मराठी).
## Functions: NUMBER($n) groups digits the Indian way in the locale's digits; DATE($t) gives
## the long date with the weekday (DATE($t, weekday: "none") without it, and
## DATE($t, weekday: "none", year: "none") only day and month); TIME($t) the
## 12-hour clock time without a day period; DAYPERIOD($t) the CLDR day period of $t
## (morning1, morning2, afternoon1, evening1, night1), for choosing the word before the time.

notice-heading = सूचना

# $reference: the office's outward reference number, printed as given.
reference-line = जा. क्र.: { $reference }

# $issued: the date of issue.
issued-line = दिनांक: { DATE($issued, weekday: "none") }

# A time of day with its locative day-period word: "सकाळी १०:००".
# $time: a date and time.
clock = { DAYPERIOD($time) ->
        [morning1] पहाटे
        [morning2] सकाळी
        [afternoon1] दुपारी
        [evening1] सायंकाळी
        [evening2] सायंकाळी
       *[night1] रात्री
    } { TIME($time) }

contacts-heading = संपर्क

# Ends a sentence of the data's own text that lacks an ending: ".".
# $text: the sentence.
sentence = { $text }.

## Short forms for SMS. An SMS must match a template registered on DLT, where each
## variable holds at most 30 characters: these fill the variables.

# A date and time: "२४ नोव्हेंबर, सकाळी १०:००". $time: a date and time.
sms-moment = { DATE($time, weekday: "none", year: "none") }, { clock }

# A date without year: "१९ सप्टेंबर". $time: a date and time.
sms-date = { DATE($time, weekday: "none", year: "none") }

# A time whose date is already said: "दुपारी २:००". $time: a date and time.
sms-clock = { clock }

# The last item of a shortened list of areas: "वाई, पसरणी आणि इतर २".
# $more: how many areas are left out.
sms-more-areas = इतर { NUMBER($more) }

# The number to call, at the end of an SMS. $phone: as given.
# check: same-in-both
sms-contact = संपर्क: { $phone }

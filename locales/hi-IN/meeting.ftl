## Meeting notices (kind: meeting): meetings, customer meets, hearings, camps.
## Every meeting message gets these variables:
##   $title, $organizer, $venue  texts as written in the data
##   $start, $end                date and time values (for DATE); $end absent when not given
##   $start-clock, $end-clock    start and end times with their day-period word; $end-clock absent with $end
##   $start-at, $end-at          start and end with their dates, as a sentence says them (moment)
##   $span                       same-day, overnight (ends on the next day within 24 hours),
##                               multi-day (the same hours every day), or open (no end given)
## A meeting in the small hours (00:00–03:59) is dated the day before, whose night it is
## (see common.ftl).
##   $chair-name, $chair-designation   who presides (only for meeting-chair)
##   $rsvp-phone                 number to confirm attendance (only for meeting-rsvp)

# The headline: the title as written.
meeting-title = { $title }

meeting-intro = { $organizer } द्वारा { $title } का आयोजन किया जा रहा है। विवरण इस प्रकार है:

# दिनांक and कार्यसूची are the same words in Marathi.
# check: same-in-both
meeting-label-date = दिनांक
meeting-label-time = समय
meeting-label-venue = स्थान
# check: same-in-both
meeting-label-agenda = कार्यसूची
meeting-label-audience = आमंत्रित

meeting-date = { $span ->
        [multi-day] { DATE($start, night: "previous-day") } से { DATE($end, night: "previous-day") } तक
       *[other] { DATE($start, night: "previous-day") }
    }

# A meeting of several days gives its daily hours ("प्रतिदिन सुबह 10:30 बजे से दोपहर 1:30 बजे
# तक"); one that runs past midnight says when on the next day it ends.
meeting-time = { $span ->
        [same-day] { $start-clock } बजे से { $end-clock } बजे तक
        [overnight] { $start-clock } बजे से अगले दिन { $end-clock } बजे तक
        [multi-day] प्रतिदिन { $start-clock } बजे से { $end-clock } बजे तक
       *[open] { $start-clock } बजे
    }

meeting-chair = कार्यक्रम की अध्यक्षता { $chair-name }, { $chair-designation } करेंगे।

meeting-rsvp = उपस्थिति की पुष्टि के लिए कृपया { $rsvp-phone } पर संपर्क करें।

# A notice that names its invitees (a customer meet, a camp) invites them; one that does
# not (an internal meeting) asks those concerned to attend. $has-audience: yes or no.
meeting-closing = { $has-audience ->
        [yes] आप सभी सादर आमंत्रित हैं।
       *[no] सभी संबंधितों से उपस्थित रहने का अनुरोध है।
    }

## A cancellation (status: cancel) gives only $title, $start-at ($has-span) and $venue,
## when given. "… को रद्द कर दिया गया है" agrees with a title of any gender.

# What is cancelled: the title, else "बैठक".
meeting-cancelled-what = { $has-title ->
        [yes] { $title }
       *[no] बैठक
    }

# "सोमवार, 24 नवंबर 2025 को सुबह 10:30 बजे इस्पात भवन सभागार में आयोजित ग्राहक सम्मेलन को
# रद्द कर दिया गया है।"
meeting-cancelled = { $has-span ->
        [yes] { $has-venue ->
            [yes] { $start-at } बजे { $venue } में आयोजित { meeting-cancelled-what } को रद्द कर दिया गया है।
           *[no] { $start-at } बजे आयोजित { meeting-cancelled-what } को रद्द कर दिया गया है।
        }
       *[no] { $has-venue ->
            [yes] { $venue } में आयोजित { meeting-cancelled-what } को रद्द कर दिया गया है।
           *[no] { meeting-cancelled-what } को रद्द कर दिया गया है।
        }
    }

## SMS. Registered on DLT as templates: every variable below holds at most 30 characters.
##   $title, $venue  as written in the data
##   $date           "19 सितंबर" (sms-date; for 00:00 the day before)
##   $time           "सुबह 10:30" (clock)

sms-meeting = { $title } का आयोजन { $date } को { $time } बजे { $venue } में किया जाएगा। सभी संबंधितों से उपस्थित रहने का अनुरोध है।

# A cancellation (status: cancel): $title when $has-title is yes (else "बैठक"), $date and
# $time when $has-date is yes, $venue when $has-venue is yes.
sms-meeting-cancelled-what = { $has-title ->
        [yes] { $title }
       *[no] बैठक
    }

sms-meeting-cancelled = { $has-date ->
        [yes] { $has-venue ->
            [yes] { $date } को { $time } बजे { $venue } में आयोजित { sms-meeting-cancelled-what } को रद्द कर दिया गया है।
           *[no] { $date } को { $time } बजे आयोजित { sms-meeting-cancelled-what } को रद्द कर दिया गया है।
        }
       *[no] { $has-venue ->
            [yes] { $venue } में आयोजित { sms-meeting-cancelled-what } को रद्द कर दिया गया है।
           *[no] { sms-meeting-cancelled-what } को रद्द कर दिया गया है।
        }
    }

## Meeting notices (kind: meeting): meetings, customer meets, hearings, camps.
## Every meeting message gets these variables:
##   $title, $organizer, $venue  texts as written in the data
##   $start, $end                date and time values (for DATE); $end absent when not given
##   $start-clock, $end-clock    start and end times: "10:30 AM"; $end-clock absent with $end
##   $start-at, $end-at          start and end with their dates, as a sentence says them (moment)
##   $span                       same-day, overnight (ends on the next day within 24 hours),
##                               multi-day (the same hours every day), or open (no end given)
## English says a meeting's date and times as the calendar has them ("Monday, 24 November
## 2025", "12:00 AM to 2:00 AM"): AM and PM leave no doubt. The last day of a multi-day
## meeting is the day its last session starts (night: "previous-day" for an end at 00:00).
##   $chair-name, $chair-designation   who presides (only for meeting-chair)
##   $rsvp-phone                 number to confirm attendance (only for meeting-rsvp)

# The headline: the title as written.
meeting-title = { $title }

meeting-intro = { $title } is being organised by { $organizer }. The details are as follows:

meeting-label-date = Date
meeting-label-time = Time
meeting-label-venue = Venue
meeting-label-agenda = Agenda
meeting-label-audience = Invitees

meeting-date = { $span ->
        [multi-day] { DATE($start) } to { DATE($end, night: "previous-day") }
       *[other] { DATE($start) }
    }

# A meeting of several days gives its daily hours; one that runs into the next day says
# the day it ends (with $end, which the Devanagari languages do not need: they say
# "दुसऱ्या दिवशी" / "अगले दिन", tied to the night).
# check: allow variable-mismatch
meeting-time = { $span ->
        [same-day] { $start-clock } to { $end-clock }
        [overnight] { $start-clock } to { $end-clock } on { DATE($end) }
        [multi-day] Daily, { $start-clock } to { $end-clock }
       *[open] { $start-clock }
    }

meeting-chair = The programme will be chaired by { $chair-name }, { $chair-designation }.

meeting-rsvp = To confirm your attendance, please call { $rsvp-phone }.

# A notice that names its invitees (a customer meet, a camp) invites them; one that does
# not (an internal meeting) asks those concerned to attend. $has-audience: yes or no.
meeting-closing = { $has-audience ->
        [yes] You are cordially invited to attend.
       *[no] All concerned are requested to attend.
    }

## A cancellation (status: cancel) gives only $title, $start-at ($has-span) and $venue,
## when given.

# What is cancelled: the title, else "The meeting".
meeting-cancelled-what = { $has-title ->
        [yes] { $title }
       *[no] The meeting
    }

# "Customer Meet, scheduled for 10:30 AM on Monday, 24 November 2025 at Ispat Bhavan Hall,
# has been cancelled."
meeting-cancelled = { $has-span ->
        [yes] { $has-venue ->
            [yes] { meeting-cancelled-what }, scheduled for { $start-at } at { $venue }, has been cancelled.
           *[no] { meeting-cancelled-what }, scheduled for { $start-at }, has been cancelled.
        }
       *[no] { $has-venue ->
            [yes] { meeting-cancelled-what }, scheduled at { $venue }, has been cancelled.
           *[no] { meeting-cancelled-what } has been cancelled.
        }
    }

## SMS. Registered on DLT as templates: every variable below holds at most 30 characters.
##   $title, $venue  as written in the data
##   $date           "19 September" (sms-date)
##   $time           "10:30 AM" (clock)

sms-meeting = { $title } will be held at { $venue } on { $date } at { $time }. All concerned are requested to attend.

# A cancellation (status: cancel): $title when $has-title is yes (else "The meeting"),
# $date and $time when $has-date is yes, $venue when $has-venue is yes.
sms-meeting-cancelled-what = { $has-title ->
        [yes] { $title }
       *[no] The meeting
    }

sms-meeting-cancelled = { $has-date ->
        [yes] { $has-venue ->
            [yes] { sms-meeting-cancelled-what } at { $venue } on { $date } at { $time } has been cancelled.
           *[no] { sms-meeting-cancelled-what } on { $date } at { $time } has been cancelled.
        }
       *[no] { $has-venue ->
            [yes] { sms-meeting-cancelled-what } at { $venue } has been cancelled.
           *[no] { sms-meeting-cancelled-what } has been cancelled.
        }
    }

## Outage notices (kind: outage).
## Every outage message gets these variables:
##   $planned     "yes" or "no"
##   $reason      maintenance, breakdown, tree-trimming, load-shedding, weather, network-upgrade or other
##   $details     free text about the work; given only when $reason is other
##   $areas       the affected areas, already joined as a list: "Wai, Pasarni and Bhuinj"
##   $areas-count how many areas
##   $start       when supply goes off (for DATE); $end when it returns, absent when not known
##   $start-clock, $end-clock
##                the start and end times: "10:00 AM"; $end-clock absent with $end
##   $start-at, $end-at  the start and end with their dates, as a sentence says them (moment):
##                "10:00 AM on Monday, 24 November 2025"; $end-at absent with $end
##   $span        same-day (both ends on one day; an end at 00:00 belongs to the day before),
##                overnight (ends on the next day, within 24 hours), multi-day, or open (no end known)
##   $consumers   how many consumers are affected; given only for outage-consumers

outage-title = { $planned ->
        [yes] Notice of planned power shutdown
       *[no] Notice of power supply interruption
    }

# Maintenance in an unplanned notice is an emergency, not "planned".
outage-cause = { $reason ->
        [maintenance] { $planned ->
            [yes] for planned maintenance work
           *[no] for emergency maintenance work
        }
        [breakdown] due to a technical fault
        [tree-trimming] for trimming of trees near power lines
        [load-shedding] due to load-shedding
        [weather] due to bad weather
        [network-upgrade] for upgrading of the power network
       *[other] for the following reason
    }

# "in the Wai area", "in the Wai, Pasarni and Bhuinj areas": English, like Hindi, says
# area or areas by the number of areas; Marathi's परिसरातील needs no such helper.
# check: allow missing-message
outage-where = { $areas-count ->
        [one] in the { $areas } area
       *[other] in the { $areas } areas
    }

outage-when = { $span ->
        [same-day] from { $start-at } to { $end-clock }
        [open] from { $start-at } until further notice
       *[other] from { $start-at } to { $end-at }
    }

outage-since = since { $start-at }

# Names the areas through outage-where (and so uses $areas-count), which Marathi does not need.
# check: allow variable-mismatch reference-mismatch
outage-body = { $planned ->
        [yes] { $reason ->
            [other] Power supply { outage-where } will remain off { outage-when }. Reason: { $details }.
           *[known] Power supply { outage-where } will remain off { outage-when } { outage-cause }.
        }
       *[no] { $reason ->
            [other] Power supply { outage-where } has been interrupted { outage-since }. Reason: { $details }.
           *[known] Power supply { outage-where } has been interrupted { outage-since } { outage-cause }.
        }
    }

# When supply returns. Only work (maintenance, tree-trimming, network-upgrade, breakdown)
# can finish early or be "on a war footing"; load-shedding ends when its period does,
# weather when it improves, and of `other` we know nothing but the time. With no end
# (open) there is no "before then".
outage-restoration = { $planned ->
        [yes] { $reason ->
            [load-shedding] { $span ->
                [open] Supply will be restored as soon as load-shedding ends.
               *[other] Supply will be restored as soon as the load-shedding period ends.
            }
            [weather] { $span ->
                [open] Supply will be restored as soon as the weather improves.
               *[other] If the weather improves earlier, supply will be restored before the scheduled time.
            }
            [other] { $span ->
                [open] The time of restoration will be announced as soon as it is known.
               *[other] Supply will be restored before the scheduled time if possible.
            }
           *[work] { $span ->
                [open] Supply will be restored as soon as the work is completed.
               *[other] If the work is completed before the scheduled time, supply will be restored immediately.
            }
        }
       *[no] { $reason ->
            [load-shedding] { $span ->
                [open] Supply will be restored as soon as load-shedding ends.
                [same-day] Load-shedding ends at { $end-clock }, and supply will be restored then.
               *[other] Load-shedding ends at { $end-at }, and supply will be restored then.
            }
            [weather] { $span ->
                [open] Supply will be restored as soon as the weather improves.
                [same-day] Supply is expected to be restored by { $end-clock }.
               *[other] Supply is expected to be restored by { $end-at }.
            }
            [other] { $span ->
                [open] The time of restoration will be announced as soon as it is known.
                [same-day] Supply is expected to be restored by { $end-clock }.
               *[other] Supply is expected to be restored by { $end-at }.
            }
            [breakdown] { $span ->
                [open] Repair work is under way on a war footing, and supply will be restored as soon as possible.
                [same-day] Repair work is under way on a war footing, and supply is expected to be restored by { $end-clock }.
               *[other] Repair work is under way on a war footing, and supply is expected to be restored by { $end-at }.
            }
           *[work] { $span ->
                [open] Work is under way on a war footing, and supply will be restored as soon as possible.
                [same-day] Work is under way on a war footing, and supply is expected to be restored by { $end-clock }.
               *[other] Work is under way on a war footing, and supply is expected to be restored by { $end-at }.
            }
        }
    }

outage-consumers = { $planned ->
        [yes] { $consumers ->
            [0] No consumer will be affected during this period.
            [one] { NUMBER($consumers) } consumer will be affected during this period.
           *[other] { NUMBER($consumers) } consumers will be affected during this period.
        }
       *[no] { $consumers ->
            [0] No consumer has been affected.
            [one] { NUMBER($consumers) } consumer has been affected.
           *[other] { NUMBER($consumers) } consumers have been affected.
        }
    }

outage-cooperation = We regret the inconvenience caused to consumers and request their cooperation.

## Key facts, each with its label, for WhatsApp.

outage-label-period = Period
outage-label-areas = Affected areas
outage-label-reason = Reason
outage-label-consumers = Consumers affected

# The affected areas as one list ("Wai, Pasarni and Bhuinj"), after its label.
outage-area-list = { $areas }

# The reason as a noun phrase: "Planned maintenance".
outage-reason = { $reason ->
        [maintenance] { $planned ->
            [yes] Planned maintenance
           *[no] Emergency maintenance
        }
        [breakdown] Technical fault
        [tree-trimming] Trimming of trees near power lines
        [load-shedding] Load-shedding
        [weather] Bad weather
        [network-upgrade] Upgrading of the power network
       *[other] { $details }
    }

# When supply is off, as the body says it: "from 10:00 AM on Monday, 24 November 2025 to
# 2:00 pm".
outage-period = { outage-when }

## A cancellation (status: cancel) gives only what its reader needs: $areas, $start-at
## ($has-span) and $planned ($has-planned), when given.

# What was announced: planned, unplanned, or not said.
outage-cancelled-notice = { $has-planned ->
        [yes] { $planned ->
            [yes] planned power shutdown
           *[no] power supply interruption
        }
       *[no] power shutdown
    }

# "The notice of the planned power shutdown in the Wai, Pasarni and Bhuinj areas from
# 10:00 AM on Monday, 24 November 2025 has been cancelled." Names the areas through outage-where.
# check: allow variable-mismatch reference-mismatch
outage-cancelled = { $has-areas ->
        [yes] { $has-span ->
            [yes] The notice of the { outage-cancelled-notice } { outage-where } from { $start-at } has been cancelled.
           *[no] The notice of the { outage-cancelled-notice } { outage-where } has been cancelled.
        }
       *[no] { $has-span ->
            [yes] The notice of the { outage-cancelled-notice } from { $start-at } has been cancelled.
           *[no] The notice of the { outage-cancelled-notice } has been cancelled.
        }
    }

## SMS. Registered on DLT as templates: every variable below holds at most 30 characters.
## English SMS are GSM-7: 160 characters in one part, 153 a part when split.
##   $from        "10:00 AM on 24 November" (sms-moment)
##   $to          "2:00 PM" (sms-clock) on the same day, else like $from
##   $reason      as above: the unplanned SMS says what is being done only when it is known
##   $areas       as many areas as fit, ending "2 other" when some are left out
##   $area-list   one, many, or partial (some areas left out)
##   $cause       sms-outage-cause

# Why, in a few words.
sms-outage-cause = { $reason ->
        [maintenance] for maintenance
        [breakdown] due to a technical fault
        [tree-trimming] for tree trimming
        [load-shedding] due to load-shedding
        [weather] due to bad weather
        [network-upgrade] for network upgrade work
       *[other] for unavoidable reasons
    }

sms-outage-where = { $area-list ->
        [partial] in { $areas } areas
       *[other] in { $areas }
    }

# The cause comes before the times: a DLT template may not have two variables side by side.
sms-outage = { $planned ->
        [yes] { $span ->
            [open] Power supply { sms-outage-where } will remain off { $cause } from { $from } until further notice.
           *[other] Power supply { sms-outage-where } will remain off { $cause } from { $from } to { $to }.
        }
       *[no] { $span ->
            [open] Power supply { sms-outage-where } has been off { $cause } since { $from }. { sms-outage-until-known }
           *[other] Power supply { sms-outage-where } has been off { $cause } since { $from }. It is expected to be restored by { $to }.
        }
    }

# An unplanned SMS with no end known: what happens next, true for its reason (see
# outage-restoration).
sms-outage-until-known = { $reason ->
        [breakdown] Repairs are under way on a war footing.
        [load-shedding] It will be restored when load-shedding ends.
        [weather] It will be restored as soon as the weather improves.
        [other] The restoration time will be announced soon.
       *[work] Work is under way on a war footing.
    }

## CAP alerts (--format cap): the <event> and <instruction> of an outage's <info>. Its
## headline is outage-title, its description outage-body, outage-consumers and
## outage-restoration.

# The type of event, as a short noun phrase.
outage-cap-event = { $planned ->
        [yes] Planned power shutdown
       *[no] Power supply interruption
    }

# What a reader should do: prepare for a planned shutdown; keep away from fallen lines in
# an unplanned one. Either way supply may return without warning.
outage-cap-instruction = { $planned ->
        [yes] Finish work that needs electricity and charge phones and emergency lamps before the shutdown. Supply may be restored at any time, so treat every power line as live.
       *[no] Keep away from fallen or broken power lines and report them at once. Supply may be restored at any time, so treat every power line as live.
    }

# A cancellation (status: cancel): $from when $has-date is yes; $areas unless $area-list
# is none.
sms-outage-cancelled = { $area-list ->
        [none] { $has-date ->
            [yes] The notice of power shutdown from { $from } has been cancelled.
           *[no] The notice of power shutdown has been cancelled.
        }
       *[other] { $has-date ->
            [yes] The notice of power shutdown { sms-outage-where } from { $from } has been cancelled.
           *[no] The notice of power shutdown { sms-outage-where } has been cancelled.
        }
    }

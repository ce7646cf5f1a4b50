## Water-supply interruption (municipal water board), in Indian official English. The
## variables are those of the Marathi file (kinds/water-supply.yaml): $planned, $reason,
## $details, $zones, $zones-count, $period, $start-at, $end-at, $end-clock,
## $low-pressure-until-at, $households, $tanker.

water-supply-title = { $planned ->
        [yes] Notice of Water Supply Shutdown
       *[no] Notice of Water Supply Interruption
    }

# Work in an unplanned notice is emergency work, never "planned".
water-supply-cause = { $reason ->
        [pipeline-repair] { $planned ->
            [yes] Owing to pipeline repair work,
           *[no] Owing to a fault in the pipeline,
        }
        [valve-replacement] { $planned ->
            [yes] Owing to valve replacement work,
           *[no] Owing to emergency valve replacement work,
        }
        [reservoir-cleaning] { $planned ->
            [yes] Owing to the cleaning of the water tank,
           *[no] Owing to emergency cleaning of the water tank,
        }
        [power-failure-at-pumping-station] { $planned ->
            [yes] Owing to a power shutdown at the pumping station,
           *[no] Owing to a power failure at the pumping station,
        }
        [low-dam-level] Owing to low water storage in the dam,
       *[other] For the reason below,
    }

water-supply-when = { $period ->
        [same-day] from { $start-at } to { $end-clock }
        [open] from { $start-at } until further notice
       *[other] from { $start-at } to { $end-at }
    }

water-supply-body = { $planned ->
        [yes] { $reason ->
            [other] Water supply to { $zones } will remain shut { water-supply-when }. Reason: { $details }.
           *[known] { water-supply-cause } water supply to { $zones } will remain shut { water-supply-when }.
        }
       *[no] { $reason ->
            [other] Water supply to { $zones } has been interrupted since { $start-at }. Reason: { $details }.
           *[known] { water-supply-cause } water supply to { $zones } has been interrupted since { $start-at }.
        }
    }

# When water comes back: only work can finish early or go on "on a war footing".
water-supply-restoration = { $planned ->
        [yes] { $reason ->
            [power-failure-at-pumping-station] Water supply will be restored as soon as power returns to the pumping station.
            [low-dam-level] { $period ->
                [open] Water supply will continue in this manner until further notice.
               *[other] Thereafter, water supply will resume at the usual times.
            }
            [other] { $period ->
                [open] The time of resumption will be announced as soon as it is known.
               *[other] Water supply will be resumed earlier if possible.
            }
           *[work] { $period ->
                [open] Water supply will be resumed as soon as the work is complete.
               *[other] If the work is completed earlier, water supply will be resumed at once.
            }
        }
       *[no] { $reason ->
            [low-dam-level] { $period ->
                [open] Water supply will continue in this manner until further notice.
                [same-day] Water supply is expected to be restored by { $end-clock }.
               *[other] Water supply is expected to be restored by { $end-at }.
            }
            [power-failure-at-pumping-station] { $period ->
                [open] Water supply will be restored as soon as power returns to the pumping station.
                [same-day] Water supply is expected to be restored by { $end-clock }.
               *[other] Water supply is expected to be restored by { $end-at }.
            }
            [other] { $period ->
                [open] The time of restoration will be announced as soon as it is known.
                [same-day] Water supply is expected to be restored by { $end-clock }.
               *[other] Water supply is expected to be restored by { $end-at }.
            }
           *[work] { $period ->
                [open] Repairs are under way on a war footing and water supply will be restored at the earliest.
                [same-day] Repairs are under way on a war footing and water supply is expected to be restored by { $end-clock }.
               *[other] Repairs are under way on a war footing and water supply is expected to be restored by { $end-at }.
            }
        }
    }

water-supply-low-pressure = After the supply resumes, water may come at low pressure until { $low-pressure-until-at }.

water-supply-households = { $planned ->
        [yes] { $households ->
            [one] { NUMBER($households) } household will be affected.
           *[other] About { NUMBER($households) } households will be affected.
        }
       *[no] { $households ->
            [one] { NUMBER($households) } household is affected.
           *[other] About { NUMBER($households) } households are affected.
        }
    }

water-supply-tanker = For a water tanker, please call { $tanker }.

water-supply-cooperation = Citizens are requested to use water sparingly and to co-operate.


# The reason as a noun phrase, after "Reason:".
water-supply-reason = { $reason ->
        [pipeline-repair] { $planned ->
            [yes] Pipeline repair
           *[no] Pipeline fault
        }
        [valve-replacement] { $planned ->
            [yes] Valve replacement
           *[no] Emergency valve replacement
        }
        [reservoir-cleaning] { $planned ->
            [yes] Cleaning of the water tank
           *[no] Emergency cleaning of the water tank
        }
        [power-failure-at-pumping-station] Power failure at the pumping station
        [low-dam-level] Low water storage in the dam
       *[other] { $details }
    }

water-supply-period = { $period ->
        [same-day] { $start-at } to { $end-clock }
        [open] { $start-at } until further notice
       *[other] { $start-at } to { $end-at }
    }

water-supply-label-period = Period
water-supply-label-zones = Areas affected
water-supply-label-reason = Reason
water-supply-label-households = Households affected
water-supply-label-tanker = Water tanker

## SMS: short, and registrable on DLT: every piece of data in a variable of at most 30
## characters. $start-short "9:00 AM on 3 December"; $end-short the same, or only "9:00 PM"
## on the day of the start; $zones as many zones as fit, the rest counted ("Kothrud, Warje
## and 3 other"), and $zones-list one, many or partial.
water-supply-sms-where = { $zones-list ->
        [partial] { $zones } areas
       *[other] { $zones }
    }

# A planned interruption always has its end.
water-supply-sms = { $planned ->
        [yes] Water supply to { water-supply-sms-where } will remain shut from { $start-short } to { $end-short }.
       *[no] { $period ->
            [open] Water supply to { water-supply-sms-where } has been interrupted since { $start-short }.
           *[other] Water supply to { water-supply-sms-where } has been interrupted since { $start-short }. It is expected to be restored by { $end-short }.
        }
    }
water-supply-sms-tanker = Tanker: { $tanker }

# The type of event in a CAP alert (templates/water-supply.cap.tera), a short noun phrase.
water-supply-cap-event = { $planned ->
        [yes] Planned water supply interruption
       *[no] Water supply interruption
    }

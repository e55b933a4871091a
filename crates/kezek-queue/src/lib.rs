//! `kezek-queue`: queue order, position and forecast for the kindergarten
//! queue («кезек») of order No. 254, cl. 13–30.

/// Priority groups of cl. 20–21, in the order they are served.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Group {
    /// «кезектен тыс» — out of turn.
    OutOfTurn,
    /// «бірінші кезекте» — first priority.
    First,
    /// general queue.
    General,
}

#[cfg(test)]
mod tests {
    use super::Group;
    #[test]
    fn cl21_out_of_turn_is_served_before_first_priority() {
        assert!(Group::OutOfTurn < Group::First && Group::First < Group::General);
    }
}

//! The simulator's own reading of the queue order, written for the simulator
//! (not shared with `kezek_queue::order`).
//!
//! cl. 21: «Кезектен тыс орын алу бойынша өтініштер бірінші кезекте орын алу
//! бойынша өтініштердің алдына қойылады. Бірінші кезекте орын алу бойынша
//! өтініштер жалпы негізде берілген өтініштердің арасында "үшеуге біреу"
//! арақатынасында бөлінеді, яғни басымдығы бар өтініш … жалпы негізде
//! берілген үш өтініштен кейін орналастырылады.»
//!
//! Out-of-turn applications first; then, walking from the head of the queue
//! as it stands today (cl. 20: the queue is renewed on every change), three
//! general applications, one first-priority, three general, one
//! first-priority…; when one list runs out the other follows.

/// The order of one queue, each group given in its own order (cl. 14, 21),
/// cut at `limit`.
pub fn interleave(
    out_of_turn: impl Iterator<Item = u32>,
    first: impl Iterator<Item = u32>,
    general: impl Iterator<Item = u32>,
    limit: usize,
) -> Vec<u32> {
    let mut order: Vec<u32> = out_of_turn.take(limit).collect();
    let mut first = first.peekable();
    let mut general = general.peekable();
    while order.len() < limit {
        let mut run = 0;
        while run < 3 && order.len() < limit {
            match general.next() {
                Some(g) => order.push(g),
                None => break,
            }
            run += 1;
        }
        if order.len() >= limit {
            break;
        }
        match first.next() {
            Some(f) => order.push(f),
            None if general.peek().is_none() => break,
            None => {}
        }
        if general.peek().is_none() && first.peek().is_none() {
            break;
        }
    }
    order
}

#[cfg(test)]
mod tests {
    use super::interleave;

    fn order(o: &[u32], f: &[u32], g: &[u32]) -> Vec<u32> {
        interleave(
            o.iter().copied(),
            f.iter().copied(),
            g.iter().copied(),
            usize::MAX,
        )
    }

    /// Out of turn 1–2, first priority 11–13, general 21–27.
    #[test]
    fn cl21_three_general_then_one_first_priority() {
        assert_eq!(
            order(&[1, 2], &[11, 12, 13], &[21, 22, 23, 24, 25, 26, 27]),
            vec![1, 2, 21, 22, 23, 11, 24, 25, 26, 12, 27, 13]
        );
        // Firsts run out: the generals follow.
        assert_eq!(
            order(&[], &[11], &[21, 22, 23, 24, 25]),
            vec![21, 22, 23, 11, 24, 25]
        );
        // Generals run out: the firsts follow.
        assert_eq!(order(&[], &[11, 12], &[21]), vec![21, 11, 12]);
        assert_eq!(order(&[], &[], &[]), Vec::<u32>::new());
        assert_eq!(
            interleave(
                [1].into_iter(),
                [11].into_iter(),
                [21, 22, 23, 24].into_iter(),
                4
            ),
            vec![1, 21, 22, 23]
        );
    }
}

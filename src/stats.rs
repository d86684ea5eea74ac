//! Time and items per pipeline stage, for `--stats`. The library fills a [`Stats`] as it runs; only the binary
//! prints it, so the library still never writes to a terminal.

use std::time::{Duration, Instant};

/// One stage's totals.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct StageStats {
    /// The stage, as DESIGN.md names it ("load", "sketch", "verify+group", ...).
    pub name: &'static str,
    /// Wall time spent in the stage.
    pub time: Duration,
    /// What the stage produced or consumed, counted in `unit`s.
    pub items: u64,
    /// What `items` counts ("documents", "candidate pairs", ...).
    pub unit: &'static str,
}

/// Told the name of each stage as it starts, so a front end can show where a long run is.
pub type StageObserver = Box<dyn FnMut(&'static str) + Send>;

/// Per-stage totals of one run, in the order the stages first ran.
#[derive(Default)]
pub struct Stats {
    stages: Vec<StageStats>,
    observer: Option<StageObserver>,
}

impl std::fmt::Debug for Stats {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Stats")
            .field("stages", &self.stages)
            .finish_non_exhaustive()
    }
}

impl Stats {
    /// From now on, tells `observer` each stage's name as it starts.
    pub fn observe(&mut self, observer: StageObserver) {
        self.observer = Some(observer);
    }

    /// Tells the observer, if any, that stage `name` starts now.
    pub fn starting(&mut self, name: &'static str) {
        if let Some(observer) = &mut self.observer {
            observer(name);
        }
    }

    /// Adds `time` and `items` to stage `name`, which is created on first use. A stage that runs batch by
    /// batch (a streamed load) adds once per batch and is reported once, with the sums.
    pub fn add(&mut self, name: &'static str, unit: &'static str, items: usize, time: Duration) {
        match self.stages.iter_mut().find(|s| s.name == name) {
            Some(stage) => {
                stage.time += time;
                stage.items += items as u64;
            }
            None => self.stages.push(StageStats {
                name,
                time,
                items: items as u64,
                unit,
            }),
        }
    }

    /// Runs `work` as stage `name`, counting its output with `count`.
    pub fn time<T>(
        &mut self,
        name: &'static str,
        unit: &'static str,
        work: impl FnOnce() -> T,
        count: impl FnOnce(&T) -> usize,
    ) -> T {
        self.starting(name);
        let started = Instant::now();
        let out = work();
        let time = started.elapsed();
        self.add(name, unit, count(&out), time);
        out
    }

    /// Every stage so far, in the order they first ran.
    pub fn stages(&self) -> &[StageStats] {
        &self.stages
    }

    /// Total wall time of the stages.
    pub fn total(&self) -> Duration {
        self.stages.iter().map(|s| s.time).sum()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn batches_of_one_stage_sum_and_keep_first_order() {
        let mut stats = Stats::default();
        stats.add("load", "documents", 3, Duration::from_millis(2));
        stats.add("sketch", "documents", 3, Duration::from_millis(5));
        stats.add("load", "documents", 4, Duration::from_millis(1));
        let names: Vec<_> = stats.stages().iter().map(|s| (s.name, s.items)).collect();
        assert_eq!(names, [("load", 7), ("sketch", 3)]);
        assert_eq!(stats.stages()[0].time, Duration::from_millis(3));
        assert_eq!(stats.total(), Duration::from_millis(8));
        let doubled = stats.time("render", "bytes", || vec![0u8; 10], Vec::len);
        assert_eq!(doubled.len(), 10);
        assert_eq!(stats.stages()[2].items, 10);
    }

    #[test]
    fn the_observer_hears_each_timed_stage_start() {
        let heard = std::sync::Arc::new(std::sync::Mutex::new(Vec::new()));
        let sink = heard.clone();
        let mut stats = Stats::default();
        stats.observe(Box::new(move |name| sink.lock().unwrap().push(name)));
        stats.time("extract", "documents", || 1, |_| 1);
        stats.starting("candidates");
        stats.add("load", "documents", 1, Duration::ZERO);
        assert_eq!(*heard.lock().unwrap(), ["extract", "candidates"]);
    }
}

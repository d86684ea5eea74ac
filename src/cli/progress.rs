//! Progress on standard error for long runs: which stage a `check` is in. It appears only on a terminal,
//! only without `--quiet`, and only once a run has lasted a second, so short runs and pipes stay clean.

use std::sync::{Arc, Mutex};
use std::time::Duration;

use crosscheck::stats::StageObserver;
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

/// Runs shorter than this show no progress.
pub(super) const PROGRESS_DELAY: Duration = Duration::from_secs(1);

/// A spinner naming the current stage, with the time the run has taken.
pub(super) struct StageSpinner {
    shown: Option<Shown>,
}

struct Shown {
    bar: ProgressBar,
    /// Set once the run is over, so the delayed reveal cannot draw a finished spinner.
    done: Arc<Mutex<bool>>,
}

impl StageSpinner {
    /// A spinner that reveals itself after [`PROGRESS_DELAY`] when `enabled`, else one that does nothing.
    pub(super) fn new(enabled: bool, first_stage: &'static str) -> Self {
        let shown = enabled.then(|| {
            let bar = ProgressBar::with_draw_target(None, ProgressDrawTarget::hidden());
            bar.set_style(
                ProgressStyle::with_template("{spinner} crosscheck: {msg} ({elapsed})")
                    .expect("valid template"),
            );
            bar.set_message(first_stage);
            let done = Arc::new(Mutex::new(false));
            let (delayed, finished) = (bar.clone(), done.clone());
            std::thread::spawn(move || {
                std::thread::sleep(PROGRESS_DELAY);
                let finished = finished.lock().unwrap_or_else(|e| e.into_inner());
                if !*finished {
                    delayed.set_draw_target(ProgressDrawTarget::stderr());
                    delayed.enable_steady_tick(Duration::from_millis(120));
                }
            });
            Shown { bar, done }
        });
        StageSpinner { shown }
    }

    /// What the pipeline calls as each stage starts, or `None` when nothing is shown.
    pub(super) fn observer(&self) -> Option<StageObserver> {
        let bar = self.shown.as_ref()?.bar.clone();
        Some(Box::new(move |stage| bar.set_message(stage)))
    }

    /// Removes the spinner before the report or an error is printed.
    pub(super) fn finish(&self) {
        if let Some(shown) = &self.shown {
            let mut done = shown.done.lock().unwrap_or_else(|e| e.into_inner());
            *done = true;
            shown.bar.finish_and_clear();
        }
    }
}

impl Drop for StageSpinner {
    fn drop(&mut self) {
        self.finish();
    }
}

//! One way to wait for work that finishes off the UI thread: a [`Task`] is polled once a frame
//! and says whether its answer is still coming, has come, or will never come (the worker is
//! gone). Async work runs on the engine's tokio runtime, blocking work (reading logs, a file
//! dialog) on a thread of its own; either way the window is woken when the answer arrives.

use std::future::Future;
use std::sync::mpsc::{Receiver, TryRecvError, channel};

/// Work whose one answer arrives later.
pub struct Task<T> {
    rx: Receiver<T>,
}

/// Where a task stands.
#[derive(Debug, PartialEq)]
pub enum Poll<T> {
    /// Still working.
    Waiting,
    /// The answer (given once).
    Done(T),
    /// The worker stopped without answering (it could not start, or it failed).
    Lost,
}

impl<T: Send + 'static> Task<T> {
    /// Wait for the answer sent on `rx` (e.g. by a file dialog's thread).
    pub fn from_receiver(rx: Receiver<T>) -> Task<T> {
        Task { rx }
    }

    /// Run `work` on a thread named `name`; the window is repainted when it is done.
    pub fn on_thread(
        name: &str,
        ctx: &egui::Context,
        work: impl FnOnce() -> T + Send + 'static,
    ) -> Task<T> {
        let (tx, rx) = channel();
        let ctx = ctx.clone();
        // The work speaks the window's language (the thread's own, see `i18n::set_thread`).
        let lang = crate::i18n::current();
        // A thread that cannot start drops the sender: the task is then lost.
        let _ = std::thread::Builder::new()
            .name(name.to_string())
            .spawn(move || {
                let _ = tx.send(crate::i18n::scoped(lang, work));
                ctx.request_repaint();
            });
        Task { rx }
    }

    /// Run `future` on `runtime` (the engine's); the window is repainted when it is done.
    pub fn on_runtime(
        runtime: &tokio::runtime::Handle,
        ctx: &egui::Context,
        future: impl Future<Output = T> + Send + 'static,
    ) -> Task<T> {
        let (tx, rx) = channel();
        let ctx = ctx.clone();
        let future = crate::i18n::in_language(crate::i18n::current(), future);
        runtime.spawn(async move {
            let _ = tx.send(future.await);
            ctx.request_repaint();
        });
        Task { rx }
    }

    /// Where it stands now; never blocks.
    pub fn poll(&self) -> Poll<T> {
        match self.rx.try_recv() {
            Ok(answer) => Poll::Done(answer),
            Err(TryRecvError::Empty) => Poll::Waiting,
            Err(TryRecvError::Disconnected) => Poll::Lost,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::{Duration, Instant};

    fn wait<T: Send + 'static>(task: &Task<T>) -> Poll<T> {
        let deadline = Instant::now() + Duration::from_secs(5);
        loop {
            match task.poll() {
                Poll::Waiting if Instant::now() < deadline => {
                    std::thread::sleep(Duration::from_millis(5))
                }
                other => return other,
            }
        }
    }

    #[test]
    fn a_task_answers_once_from_a_thread_or_the_runtime_and_a_dropped_worker_is_lost() {
        let ctx = egui::Context::default();
        let threaded = Task::on_thread("test-task", &ctx, || 7);
        assert_eq!(wait(&threaded), Poll::Done(7));
        assert_eq!(threaded.poll(), Poll::Lost);
        let runtime = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(1)
            .enable_all()
            .build()
            .expect("runtime");
        let on_runtime = Task::on_runtime(runtime.handle(), &ctx, async { "answer" });
        assert_eq!(wait(&on_runtime), Poll::Done("answer"));
        let (tx, rx) = channel::<u8>();
        let waiting = Task::from_receiver(rx);
        assert_eq!(waiting.poll(), Poll::Waiting);
        drop(tx);
        assert_eq!(waiting.poll(), Poll::Lost);
    }
}

#pragma once

#include <QFuture>
#include <QFutureWatcher>
#include <QObject>

#include <utility>

namespace ov {

// Calls `done(result)` on `owner`'s thread when `future` finishes — and never once `owner` is
// gone. A QFutureWatcher child of the owner does it, not QFuture::then(context, …): on Qt 6.4
// a context destroyed before the future finishes trips an assertion (and the continuation is
// lost silently in release builds).
template <typename T, typename F>
void whenFinished(QObject *owner, QFuture<T> future, F &&done)
{
    auto *watcher = new QFutureWatcher<T>(owner);
    QObject::connect(watcher, &QFutureWatcher<T>::finished, owner,
                     [watcher, done = std::forward<F>(done)]() mutable {
                         watcher->deleteLater();
                         if (watcher->future().isCanceled())
                             return;
                         if constexpr (std::is_void_v<T>)
                             done();
                         else
                             done(watcher->result());
                     });
    watcher->setFuture(std::move(future));
}

} // namespace ov

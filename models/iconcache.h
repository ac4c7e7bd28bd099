#pragma once

#include <QIcon>
#include <QString>

namespace qd {

// Icons from resource paths, built once per path. Models hand out icons on
// every paint; building a QIcon from an SVG each time cost the UI thread
// several milliseconds per repaint of a busy table. UI thread only.
QIcon cachedIcon(const QString &path);

} // namespace qd

#pragma once

namespace qd {

class HeartbeatModel;
class LatencyHistory;
class ObjectiveModel;
class ServiceTableModel;

// The models the dashboard shows. Owned by the application; the widgets only
// present them.
struct DashboardModels
{
    ServiceTableModel *services = nullptr;
    HeartbeatModel *heartbeats = nullptr;
    ObjectiveModel *objectives = nullptr;
    LatencyHistory *latency = nullptr;
};

} // namespace qd

// The public face of isolated runs (include/moat/isolated.h).
#include "moat/isolated.h"

#include "sandbox/fork_server.h"
#include "sandbox/supervisor.h"

namespace moat {

std::string_view IsolatedVerdictName(IsolatedVerdict verdict) {
  switch (verdict) {
    case IsolatedVerdict::kOk:
      return "ok";
    case IsolatedVerdict::kError:
      return "error";
    case IsolatedVerdict::kLimit:
      return "limit";
    case IsolatedVerdict::kKilled:
      return "killed";
    case IsolatedVerdict::kDeadline:
      return "deadline";
    case IsolatedVerdict::kBrokenProtocol:
      return "broken-protocol";
  }
  return "";
}

std::string IsolationLayers::ToString() const {
  const std::pair<bool, const char*> kNames[] = {
      {fds_closed, "fds"},          {rlimits, "rlimits"},
      {address_space, "address-space"}, {no_new_privs, "no-new-privs"},
      {seccomp, "seccomp"},         {user_namespace, "user-ns"},
      {network_namespace, "net-ns"}, {ipc_namespace, "ipc-ns"},
      {uts_namespace, "uts-ns"},     {mount_namespace, "mount-ns"}};
  std::string out;
  for (const auto& [on, name] : kNames) {
    if (!on) continue;
    if (!out.empty()) out += ' ';
    out += name;
  }
  return out;
}

int IsolatedResult::exit_status() const {
  switch (verdict) {
    case IsolatedVerdict::kOk:
      return kExitOk;
    case IsolatedVerdict::kError:
      return error.exit_status;
    case IsolatedVerdict::kLimit:
    case IsolatedVerdict::kDeadline:
      return kExitLimit;
    case IsolatedVerdict::kKilled:
    case IsolatedVerdict::kBrokenProtocol:
      return kExitKilled;
  }
  return kExitKilled;
}

struct IsolatedRunner::Impl {
  std::unique_ptr<sandbox::ForkServer> server;
};

IsolatedRunner::IsolatedRunner(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
IsolatedRunner::~IsolatedRunner() = default;

absl::StatusOr<std::unique_ptr<IsolatedRunner>> IsolatedRunner::Create() {
  absl::StatusOr<std::unique_ptr<sandbox::ForkServer>> server = sandbox::ForkServer::Start();
  if (!server.ok()) return server.status();
  auto impl = std::make_unique<Impl>();
  impl->server = std::move(*server);
  return std::unique_ptr<IsolatedRunner>(new IsolatedRunner(std::move(impl)));
}

absl::StatusOr<IsolatedResult> IsolatedRunner::Run(const Program& program,
                                                   const IsolatedOptions& options) {
  return impl_->server->Run(program, options);
}

absl::StatusOr<IsolatedResult> RunIsolated(const Program& program,
                                           const IsolatedOptions& options) {
  return sandbox::RunForked(program, options, nullptr);
}

}  // namespace moat

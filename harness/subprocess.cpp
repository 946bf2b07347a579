#include "harness/subprocess.hpp"

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include "prior/error.hpp"

extern char** environ;

namespace pyprior::harness {
namespace {

using Clock = std::chrono::steady_clock;

struct Pipe {
  int read = -1, write = -1;
  Pipe() {
    int fds[2];
    // Close-on-exec, so children spawned by other threads do not inherit our
    // ends and hold the pipe open.
    if (pipe2(fds, O_CLOEXEC) != 0) throw prior::Error(std::string("pipe: ") + std::strerror(errno));
    read = fds[0];
    write = fds[1];
  }
  ~Pipe() {
    close_read();
    close_write();
  }
  void close_read() {
    if (read >= 0) ::close(read);
    read = -1;
  }
  void close_write() {
    if (write >= 0) ::close(write);
    write = -1;
  }
};

class SpawnSetup {
 public:
  SpawnSetup(const Pipe& out, const Pipe& err) {
    posix_spawn_file_actions_init(&actions_);
    posix_spawn_file_actions_addopen(&actions_, STDIN_FILENO, "/dev/null", O_RDONLY, 0);
    posix_spawn_file_actions_adddup2(&actions_, out.write, STDOUT_FILENO);
    posix_spawn_file_actions_adddup2(&actions_, err.write, STDERR_FILENO);
    posix_spawnattr_init(&attributes_);
    posix_spawnattr_setflags(&attributes_, POSIX_SPAWN_SETPGROUP | POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK);
    posix_spawnattr_setpgroup(&attributes_, 0);
    sigset_t all, none;
    sigfillset(&all);
    sigemptyset(&none);
    posix_spawnattr_setsigdefault(&attributes_, &all);  // no inherited handlers
    posix_spawnattr_setsigmask(&attributes_, &none);
  }
  ~SpawnSetup() {
    posix_spawn_file_actions_destroy(&actions_);
    posix_spawnattr_destroy(&attributes_);
  }
  SpawnSetup(const SpawnSetup&) = delete;
  SpawnSetup& operator=(const SpawnSetup&) = delete;

  pid_t spawn(const std::vector<std::string>& argv) {
    std::vector<char*> args;
    for (const std::string& a : argv) args.push_back(const_cast<char*>(a.c_str()));
    args.push_back(nullptr);
    pid_t pid = -1;
    const int error = posix_spawnp(&pid, args[0], &actions_, &attributes_, args.data(), environ);
    if (error != 0) throw prior::Error("cannot run '" + argv[0] + "': " + std::strerror(error));
    return pid;
  }

 private:
  posix_spawn_file_actions_t actions_;
  posix_spawnattr_t attributes_;
};

// Reads both pipes until they close or the deadline passes; false on timeout.
bool drain(Pipe& out, Pipe& err, ProcessResult& result, Clock::time_point deadline) {
  char buffer[65536];
  while (out.read >= 0 || err.read >= 0) {
    const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - Clock::now()).count();
    if (left <= 0) return false;
    pollfd fds[2] = {{out.read, POLLIN, 0}, {err.read, POLLIN, 0}};
    const int ready = ::poll(fds, 2, static_cast<int>(left));
    if (ready < 0 && errno == EINTR) continue;
    if (ready < 0) throw prior::Error(std::string("poll: ") + std::strerror(errno));
    for (int i = 0; i < 2; ++i) {
      if (fds[i].fd < 0 || !(fds[i].revents & (POLLIN | POLLHUP | POLLERR))) continue;
      const ssize_t n = ::read(fds[i].fd, buffer, sizeof buffer);
      if (n < 0 && errno == EINTR) continue;
      Pipe& pipe = i == 0 ? out : err;
      if (n <= 0)
        pipe.close_read();
      else
        (i == 0 ? result.out : result.err).append(buffer, static_cast<std::size_t>(n));
    }
  }
  return true;
}

int wait_for(pid_t pid) {
  int status = 0;
  while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {
  }
  return status;
}

// Waits for the child to exit by the deadline (it may close its output and
// go on running); false on timeout.
bool wait_until(pid_t pid, Clock::time_point deadline, int& status) {
  for (;;) {
    const pid_t done = ::waitpid(pid, &status, WNOHANG);
    if (done == pid) return true;
    if (done < 0 && errno != EINTR) throw prior::Error(std::string("waitpid: ") + std::strerror(errno));
    if (Clock::now() >= deadline) return false;
    ::usleep(500);
  }
}

}  // namespace

std::string ProcessResult::status_text() const {
  if (timed_out) return "timed out";
  if (signal != 0) return "signal " + std::to_string(signal) + " (" + strsignal(signal) + ")";
  return "exit status " + std::to_string(exit_status);
}

ProcessResult run_process(const std::vector<std::string>& argv, std::chrono::milliseconds timeout) {
  if (argv.empty()) throw prior::Error("empty command");
  const auto deadline = Clock::now() + timeout;
  Pipe out, err;
  const pid_t pid = SpawnSetup(out, err).spawn(argv);
  out.close_write();
  err.close_write();
  ProcessResult result;
  int status = 0;
  if (!drain(out, err, result, deadline) || !wait_until(pid, deadline, status)) {
    result.timed_out = true;
    ::kill(-pid, SIGKILL);
    wait_for(pid);
    return result;
  }
  if (WIFSIGNALED(status))
    result.signal = WTERMSIG(status);
  else
    result.exit_status = WEXITSTATUS(status);
  return result;
}

}  // namespace pyprior::harness

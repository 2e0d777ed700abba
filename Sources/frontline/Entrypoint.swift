import FrontlineCLI

@main
struct Entrypoint {
  static func main() async {
    await Frontline.main()
  }
}

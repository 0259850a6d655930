import Testing
@testable import WiroGenText

/// The phrasings of each rule kind the reader must understand, over one tool with inputs
/// named by wire name or several-word label and values with or without units; and sentences
/// that must never become rules.
@Suite("Rule phrasings")
struct PhrasingTests {
    static let inputs = """
          - name: prompt
            label: Prompt
            help: HELP-prompt
            type: textarea
            default: A fox in the snow
          - name: quality
            label: Quality
            help: HELP-quality
            type: select
            default: 540p
            options:
              - value: "540p"
                label: 540P
              - value: "1080p"
                label: 1080P
          - name: duration
            label: Duration
            help: HELP-duration
            type: select
            default: 5
            options:
              - value: "5"
                label: 5 Seconds
              - value: "8"
                label: 8 Seconds
          - name: motionMode
            label: Motion Mode
            help: HELP-motionMode
            type: select
            default: normal
            options:
              - value: "normal"
                label: Normal
              - value: "fast"
                label: Fast
          - name: fps
            label: Frame Rate
            help: HELP-fps
            type: select
            default: 24
            options:
              - value: "24"
                label: 24
              - value: "30"
                label: 30
          - name: numFrames
            label: Frames
            help: HELP-numFrames
            type: number
            default: 81
          - name: strength
            label: Strength
            help: HELP-strength
            type: float
            default: 0.5
          - name: images
            label: Reference Images
            help: HELP-images
            type: multifileinput
            default:
          - name: inputVideo
            label: Video
            help: HELP-inputVideo
            type: fileinput
            default:
          - name: audioTrack
            label: Audio
            help: HELP-audioTrack
            type: fileinput
            default:
          - name: enhance
            label: Prompt Enhancer
            help: HELP-enhance
            type: checkbox
            default: false
        """

    /// What `sentence`, in the help of `input`, is decided as.
    static func decide(_ sentence: String, in input: String) throws -> [String] {
        let text = Fixtures.document(inputs: inputs.replacingOccurrences(of: "HELP-\(input)", with: sentence))
            .replacingOccurrences(of: #"HELP-[A-Za-z]+"#, with: "", options: .regularExpression)
        let spec = try #require(Fixtures.extract(text).spec)
        return Fixtures.resolve(spec).tool.decisions.map(\.outcome.description)
    }

    /// `sentence`, in the help of `input`, is decided as the one rule `expected` and nothing else.
    static func expectEnforced(_ sentence: String, in input: String, _ expected: String) throws {
        #expect(try decide(sentence, in: input) == ["enforced: \(expected)"], "\(sentence)")
    }

    @Test("Rules between values, in any word order, by name or label, with or without units", arguments: [
        ("duration", "1080p does not support 8s", "quality 1080p forbids duration 8"),
        ("duration", "8 seconds is not supported with 1080p", "duration 8 forbids quality 1080p"),
        ("duration", "8 second videos are not available in 1080p", "duration 8 forbids quality 1080p"),
        ("motionMode", "Fast motion mode cannot be used with 1080p quality", "motionMode fast forbids quality 1080p"),
        ("duration", "If quality is 1080p, duration cannot be 8", "quality 1080p forbids duration 8"),
        ("duration", "When Motion Mode is fast, duration must be 5", "when motionMode is fast, duration must be 5"),
        ("motionMode", "Fast is only available with 5s", "when motionMode is fast, duration must be 5"),
        ("motionMode", "Fast only works for 5 second videos", "when motionMode is fast, duration must be 5"),
        ("duration", "Duration must be 5 when motion mode is fast", "when motionMode is fast, duration must be 5"),
        ("motionMode", "Fast requires a duration of 5 seconds", "when motionMode is fast, duration must be 5"),
        ("quality", "1080p is only available at 24 fps", "when quality is 1080p, fps must be 24"),
        ("fps", "30fps does not support 1080P", "fps 30 forbids quality 1080p"),
        ("inputVideo", "Only 1080p quality supports a reference video", "when inputVideo is set, quality must be 1080p"),
    ])
    func relations(_ input: String, _ sentence: String, _ expected: String) throws {
        try Self.expectEnforced(sentence, in: input, expected)
    }

    @Test("Numbers and counts, in every notation", arguments: [
        ("numFrames", "The number of frames must be 4n+1", "numFrames is 4n+1"),
        ("numFrames", "Must be 4k + 1", "numFrames is 4n+1"),
        ("numFrames", "Must be a multiple of 4 plus 1", "numFrames is 4n+1"),
        ("numFrames", "Must be one more than a multiple of 4", "numFrames is 4n+1"),
        ("numFrames", "Frames in multiples of 3", "numFrames is a multiple of 3"),
        ("numFrames", "Should be divisible by 3", "numFrames is a multiple of 3"),
        ("strength", "Strength from 0 to 1", "strength is between 0 and 1"),
        ("strength", "Strength [0, 1]", "strength is between 0 and 1"),
        ("strength", "A value between 0.1 and 0.9", "strength is between 0.1 and 0.9"),
        ("numFrames", "Min 1, max 121", "numFrames is between 1 and 121"),
        ("numFrames", "Number of frames (1-121)", "numFrames is between 1 and 121"),
        ("numFrames", "Must be at least 17", "numFrames is at least 17"),
        ("numFrames", "Range: 1 to 121", "numFrames is between 1 and 121"),
        ("images", "Up to 4 images", "images holds at most 4 files"),
        ("images", "You can upload at most 4 images", "images holds at most 4 files"),
        ("images", "Maximum 4 images", "images holds at most 4 files"),
        ("images", "Between 1 and 4 images", "images holds between 1 and 4 files"),
        ("images", "If there is a video, up to 2 images", "images holds at most 2 files when inputVideo is set"),
        ("prompt", "Required", "prompt is required"),
        ("inputVideo", "Required if there is no prompt", "inputVideo is required when prompt is empty"),
        ("inputVideo", "Required when motion mode is fast", "inputVideo is required when motionMode is fast"),
        ("prompt", "This field is required", "prompt is required"),
        ("inputVideo", "The video is required when motion mode is fast", "inputVideo is required when motionMode is fast"),
    ])
    func quantities(_ input: String, _ sentence: String, _ expected: String) throws {
        try Self.expectEnforced(sentence, in: input, expected)
    }

    @Test("Inputs that go together: with, requires, both or neither, required when another is set", arguments: [
        ("audioTrack", "Must be used together with the video", "inputVideo is required when audioTrack is set"),
        ("audioTrack", "Requires a reference video", "inputVideo is required when audioTrack is set"),
        ("prompt", "Audio is required when the video is set", "audioTrack is required when inputVideo is set"),
        ("audioTrack", "Only works with a video", "inputVideo is required when audioTrack is set"),
    ])
    func pairings(_ input: String, _ sentence: String, _ expected: String) throws {
        try Self.expectEnforced(sentence, in: input, expected)
    }

    @Test("Both or neither: one rule each way")
    func bothOrNeither() throws {
        for sentence in ["Both the video and the audio must be provided", "The video and the audio must be given together, or neither"] {
            #expect(try Self.decide(sentence, in: "prompt") == [
                "enforced: audioTrack is required when inputVideo is set", "enforced: inputVideo is required when audioTrack is set",
            ], "\(sentence)")
        }
    }

    @Test("Every spelling of an input's name: snake_case, kebab-case, joined, spaced, a label's part, its head word", arguments: [
        ("duration", "If motion_mode is fast, duration must be 5", "when motionMode is fast, duration must be 5"),
        ("duration", "If motion-mode is fast, duration must be 5", "when motionMode is fast, duration must be 5"),
        ("duration", "If motionmode is fast, duration must be 5", "when motionMode is fast, duration must be 5"),
        ("numFrames", "num_frames must be at most 121", "numFrames is at most 121"),
        ("prompt", "Required if the track is given", "prompt is required when audioTrack is set"),
        ("motionMode", "The enhancer cannot be used with fast", "enhance true forbids motionMode fast"),
    ])
    func spellings(_ input: String, _ sentence: String, _ expected: String) throws {
        try Self.expectEnforced(sentence, in: input, expected)
    }

    @Test("A value named without its input, and an on/off input named alone", arguments: [
        ("prompt", "1080p cannot do 8s", "quality 1080p forbids duration 8"),
        ("enhance", "Prompt enhancer can not be used with fast motion", "enhance true forbids motionMode fast"),
    ])
    func valuesAlone(_ input: String, _ sentence: String, _ expected: String) throws {
        try Self.expectEnforced(sentence, in: input, expected)
    }

    @Test("One decision per clause: a hedge holds for its own clause only", arguments: [
        ("numFrames", "Typically 81 frames, at most 121", "numFrames is at most 121"),
        ("duration", "1080p is recommended, but 1080p does not support 8s", "quality 1080p forbids duration 8"),
        ("numFrames", "Must be between 1 and 121 (81 is recommended)", "numFrames is between 1 and 121"),
        ("motionMode", "If the video is long it will be trimmed, fast cannot be used with 1080p", "motionMode fast forbids quality 1080p"),
    ])
    func clauses(_ input: String, _ sentence: String, _ expected: String) throws {
        try Self.expectEnforced(sentence, in: input, expected)
    }

    @Test("A sentinel stated by its purpose is allowed beside the range", arguments: [
        ("Between 1 and 121, 0 for automatic", "numFrames is between 1 and 121, or 0"),
        ("Range: 1-121. -1 means unlimited", "numFrames is between 1 and 121, or -1"),
        ("Must be between 1 and 121. Set it to 0 to disable", "numFrames is between 1 and 121, or 0"),
    ])
    func sentinels(_ help: String, _ expected: String) throws {
        let decisions = try Self.decide(help, in: "numFrames")
        #expect(decisions.filter { $0.hasPrefix("enforced") } == ["enforced: \(expected)"], "\(help): \(decisions)")
    }

    @Test("An arithmetic condition is no rule: \"If N is divisible by 4, the length is N+1\"")
    func arithmeticInCondition() throws {
        let decisions = try Self.decide("If N is divisible by 4, the video length should be N+1", in: "numFrames")
        #expect(decisions.count == 1 && decisions[0].hasPrefix("not checked"), "\(decisions)")
    }

    @Test("Hedged and descriptive sentences are never rules", arguments: [
        ("numFrames", "Between 17 and 33 is recommended"),
        ("numFrames", "Usually between 17 and 33"),
        ("duration", "Ignored when a video is given"),
        ("duration", "If quality is 1080p, duration will be set to 5 by default"),
        ("strength", "The model accepts between 0.2 and 0.8"),
        ("numFrames", "Values above 100 usually work best"),
        ("images", "Works best with up to 3 images"),
        ("quality", "1080p is only available for t2v"),
        ("numFrames", "A second is generally 16-24 frames"),
        ("numFrames", "Values from 1 to 10 work well"),
        ("strength", "Frames must be between 1 and 121"),
        ("prompt", "The prompt is required if you want a good video, keep it short"),
    ])
    func advice(_ input: String, _ sentence: String) throws {
        let decisions = try Self.decide(sentence, in: input)
        #expect(decisions.count == 1 && !decisions[0].hasPrefix("enforced"), "\(sentence): \(decisions)")
    }
}

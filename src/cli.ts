console.log('speech-outline: not yet');

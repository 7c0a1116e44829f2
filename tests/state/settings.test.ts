import { beforeEach, describe, expect, it } from 'vitest';
import { RATES, useSettings } from '../../src/state/settings';

describe('settings', () => {
  beforeEach(() => {
    localStorage.clear();
    useSettings.setState({ rate: 1, volume: 1, isMuted: false, theme: 'system' });
  });

  it('offers 0.5× to 3× in steps of 0.25', () => {
    expect(RATES).toEqual([0.5, 0.75, 1, 1.25, 1.5, 1.75, 2, 2.25, 2.5, 2.75, 3]);
  });

  it('steps the speed within its range', () => {
    const { stepRate } = useSettings.getState();
    stepRate(1);
    expect(useSettings.getState().rate).toBe(1.25);
    for (let i = 0; i < 20; i++) stepRate(1);
    expect(useSettings.getState().rate).toBe(3);
    for (let i = 0; i < 20; i++) stepRate(-1);
    expect(useSettings.getState().rate).toBe(0.5);
    useSettings.getState().setRate(1.6);
    expect(useSettings.getState().rate).toBe(1.5);
  });

  it('saves speed, volume, mute, theme and language, and restores them clamped', async () => {
    useSettings.getState().setRate(1.75);
    useSettings.getState().setVolume(0.4);
    useSettings.getState().setMuted(true);
    useSettings.getState().setTheme('dark');
    useSettings.getState().setLanguage('ar');
    expect(JSON.parse(localStorage.getItem('tandem:settings') as string).state).toEqual({
      rate: 1.75,
      volume: 0.4,
      isMuted: true,
      theme: 'dark',
      language: 'ar',
    });
    localStorage.setItem(
      'tandem:settings',
      JSON.stringify({
        state: { rate: 9, volume: -2, isMuted: 'yes', theme: 'purple', language: 'klingon' },
        version: 1,
      }),
    );
    await useSettings.persist.rehydrate();
    expect(useSettings.getState()).toMatchObject({
      rate: 3,
      volume: 0,
      isMuted: true,
      theme: 'system',
      language: null,
    });
  });
});
